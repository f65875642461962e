import type { CodeAction } from 'vscode-languageserver-protocol';
import type { ShownFinding } from './convert.js';
export interface TooltipInput {
    findings: readonly ShownFinding[];
    /** The server's hover text (Markdown), or null when it had none. */
    hover: string | null;
    actions: readonly CodeAction[];
    /** Applies a fix; returns why it could not be applied, or null when it was. */
    apply(action: CodeAction): string | null;
}
export declare function renderTooltip(input: TooltipInput): HTMLElement;
