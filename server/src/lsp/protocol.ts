// The requests Probity's server answers beyond LSP itself, which its editor clients call: one
// behaviour for every editor, decided in the server. Types, names and the words the clients say
// about the answers; nothing else, so a client can import this without pulling in the server.
import type { Position, Range, TextDocumentIdentifier, TextEdit } from 'vscode-languageserver';

export type InsertKind = 'ad-label' | 'credentials-line' | 'signposting' | 'declaration-of-interests';

/** `probity/insert`: the edit for an insert command ("Insert ad label", …). */
export const INSERT = 'probity/insert';
export interface InsertParams {
  textDocument: TextDocumentIdentifier;
  kind: InsertKind;
  /** The writer's selection; only signposting goes there, the others where the checks look for them. */
  range: Range;
  /** The client has a snippet engine: send the text with its placeholders as tab stops too. */
  snippet?: boolean;
}
export interface InsertResult {
  /** The document version the edit is for: a client whose text has moved on drops it. */
  version: number;
  edit?: TextEdit;
  /** The edit's text in snippet syntax, `[add …]` placeholders as tab stops (when asked for). */
  snippet?: string;
  /** Why there is no edit (the label is there already). */
  message?: string;
}

/** `probity/postForPublishing`: the post holding the position, as it goes on the platform. */
export const POST_FOR_PUBLISHING = 'probity/postForPublishing';
export interface PostForPublishingParams { textDocument: TextDocumentIdentifier; position: Position }
export interface PostForPublishingResult {
  text: string;
  /** 0-based index of the post and the number of posts in the draft. */
  post: number;
  posts: number;
  platform: string;
}

/** What an editor tells the writer once the post is on the clipboard. */
export function copiedMessage(r: PostForPublishingResult): string {
  const which = r.posts > 1 ? `post ${r.post + 1} of ${r.posts}` : 'the post';
  return `Probity: copied ${which} for publishing, without front matter or Probity comments.`;
}

/** `probity/suppressions`: the draft's suppression comments, for an editor to list. */
export const SUPPRESSIONS = 'probity/suppressions';
export interface SuppressionsParams { textDocument: TextDocumentIdentifier }
export interface SuppressionInfo {
  range: Range;
  kind: 'disable-next-line' | 'disable' | 'enable' | 'disable-file';
  /** Rule ids; empty for every rule. */
  rules: string[];
  /** The reason given, absent when there is none or only the `[add reason]` placeholder. */
  reason?: string;
  /** How many findings it silences in this version of the draft. */
  silenced: number;
}
