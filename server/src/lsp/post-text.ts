// probity/postForPublishing: the post under the cursor as it goes on the platform (engine/publish.ts),
// for the editors' "Copy post for publishing".
import { postForPublishing } from '../engine/publish.js';
import { toOffset } from './convert.js';
import type { PostForPublishingParams, PostForPublishingResult } from './protocol.js';
import type { Session } from './session.js';

export async function postText(session: Session, params: PostForPublishingParams): Promise<PostForPublishingResult | null> {
  const analysis = await session.analyse(params.textDocument.uri);
  if (!analysis) return null;
  const { doc, result: { draft } } = analysis;
  return postForPublishing(draft, toOffset(doc, params.position, session.encoding));
}
