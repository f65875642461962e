export interface Span {
    text: string;
    strong?: boolean;
    em?: boolean;
    code?: boolean;
    href?: string;
}
/** Quote paragraphs that share a `group` belong to one blockquote (a quote and its citation). */
export interface HoverBlock {
    kind: 'heading' | 'paragraph' | 'quote' | 'rule';
    spans: Span[];
    group?: number;
}
export declare function readInline(text: string): Span[];
export declare function readHoverMarkdown(markdown: string): HoverBlock[];
