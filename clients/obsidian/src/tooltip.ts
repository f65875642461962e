// The hover card: each finding's message, the guidance the server quotes (rule, why it matters,
// the quote with its source and paragraph), and a button per quick fix. Built from text nodes
// only, so nothing in a draft or a quote can inject markup into the editor.
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { ShownFinding } from './convert.js';
import { readHoverMarkdown, type HoverBlock, type Span } from './hover-markdown.js';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', information: 'Note', hint: 'Hint' } as const;

export interface TooltipInput {
  findings: readonly ShownFinding[];
  /** The server's hover text (Markdown), or null when it had none. */
  hover: string | null;
  actions: readonly CodeAction[];
  /** Applies a fix; returns why it could not be applied, or null when it was. */
  apply(action: CodeAction): string | null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function spans(parent: HTMLElement, list: readonly Span[]): void {
  for (const s of list) {
    let node: HTMLElement | Text;
    if (s.href) {
      const a = el('a', 'probity-link', s.text);
      a.href = s.href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      node = a;
    } else if (s.code) node = el('code', undefined, s.text);
    else if (s.strong) node = el('strong', undefined, s.text);
    else if (s.em) node = el('em', undefined, s.text);
    else node = document.createTextNode(s.text);
    parent.append(node);
  }
}

const plain = (b: HoverBlock) => b.spans.map((s) => s.text).join('');

export function renderTooltip(input: TooltipInput): HTMLElement {
  const root = el('div', 'probity-tooltip');
  const head = root.appendChild(el('div', 'probity-findings'));
  for (const f of input.findings) {
    const row = head.appendChild(el('div', `probity-finding probity-${f.severity}`));
    row.append(el('span', 'probity-severity', SEVERITY_LABEL[f.severity]), ' ', el('span', 'probity-message', f.message));
    if (f.rule) row.append(' ', el('code', 'probity-rule', f.rule));
  }

  // The fixes come before the guidance, so they stay in view when a long quote scrolls.
  if (input.actions.length > 0) {
    const fixes = root.appendChild(el('div', 'probity-fixes'));
    const status = el('div', 'probity-fix-status');
    for (const action of input.actions) {
      const button = fixes.appendChild(el('button', action.isPreferred ? 'probity-fix mod-cta' : 'probity-fix', action.title));
      button.type = 'button';
      // mousedown would move the editor's cursor and close the card before the click lands.
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', (e) => {
        e.preventDefault();
        const problem = input.apply(action);
        status.textContent = problem ?? '';
      });
    }
    root.append(status);
  }
  if (input.hover) {
    const messages = new Set(input.findings.map((f) => f.message));
    const guidance = root.appendChild(el('div', 'probity-guidance'));
    let quote: { group: number; node: HTMLElement } | undefined;
    for (const b of readHoverMarkdown(input.hover)) {
      // The finding's message is already at the top of the card.
      if (b.kind === 'paragraph' && messages.has(plain(b))) continue;
      if (b.kind === 'quote') {
        if (!quote || quote.group !== b.group) quote = { group: b.group!, node: guidance.appendChild(el('blockquote', 'probity-quote')) };
        const p = quote.node.appendChild(el('p', /^[—–-]\s/.test(plain(b)) ? 'probity-citation' : undefined));
        spans(p, b.spans);
        continue;
      }
      quote = undefined;
      if (b.kind === 'rule') guidance.append(el('hr'));
      else spans(guidance.appendChild(el(b.kind === 'heading' ? 'h4' : 'p')), b.spans);
    }
  }

  return root;
}
