// The writer's own paid services in a block, shared by ad-disclosure and conflict-of-interest.
import { OUR_SERVICE, OWN_SERVICE } from '../lexicons/advertising.js';
import { findAll, type Match } from './patterns.js';

/**
 * "My clinic", "done by me"; and "our practice" or "I'm running … clinics" only when the block
 * `priced` something (the callers have already looked for prices).
 */
export function ownServices(prose: string, priced: boolean): Match[] {
  const own = findAll(OWN_SERVICE, prose);
  if (!priced) return own;
  return [...own, ...findAll(OUR_SERVICE, prose)].sort((a, b) => a.start - b.start);
}
