// Front matter is split off on raw lines, before Markdown parsing, because thread posts are split
// the same way (a `---` line cannot be left to the Markdown parser); its YAML is read as settings.
import { parseYaml } from './yaml.js';
import { lines } from './lines.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset of the first body character. */
  bodyStart: number;
  error?: string;
}

export function readFrontMatter(text: string, from: number): FrontMatter {
  const it = lines(text, from);
  const first = it.next();
  if (first.done || !/^---[ \t]*$/.test(first.value.text)) return { data: {}, bodyStart: from };
  const yamlStart = first.value.next;
  for (const line of it) {
    if (/^(---|\.\.\.)[ \t]*$/.test(line.text)) {
      const raw = text.slice(yamlStart, line.start);
      try {
        const data = raw.trim() === '' ? {} : parseYaml(raw);
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
          return { data: {}, bodyStart: line.next, error: 'front matter is not a mapping of keys to values' };
        }
        return { data: data as Record<string, unknown>, bodyStart: line.next };
      } catch (e) {
        const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
        return { data: {}, bodyStart: line.next, error: `front matter is not valid YAML: ${msg}` };
      }
    }
  }
  // An opening `---` with no closing line is a thematic break or a thread separator, not front matter.
  return { data: {}, bodyStart: from };
}
