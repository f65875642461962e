// The plugin's commands beyond the editor extension: the insert commands (what goes where is the
// language server's answer, the same as in VS Code) and "Copy post for publishing". Plain module:
// no Obsidian, no DOM.
import type { InsertKind } from '../../../server/src/lsp/protocol.js';

export interface InsertCommand { id: string; name: string; kind: InsertKind }

export const INSERT_COMMANDS: readonly InsertCommand[] = [
  { id: 'insert-ad-label', name: 'Insert ad label at the start of the post', kind: 'ad-label' },
  { id: 'insert-credentials-line', name: 'Insert credentials line', kind: 'credentials-line' },
  { id: 'insert-signposting', name: 'Insert signposting text', kind: 'signposting' },
  { id: 'insert-declaration-of-interests', name: 'Insert declaration of interests', kind: 'declaration-of-interests' },
];

export const COPY_POST_COMMAND = { id: 'copy-post-for-publishing', name: 'Copy post for publishing' };
