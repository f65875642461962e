// post-length: each post of a thread must fit its platform's limit, counted as the platform counts.
// The fix splits the post at the last sentence boundary that fits.
import { defineRule, type Draft, type Post, type RuleFinding } from './types.js';
import { postTextEnd } from './util/context.js';
import { countFor, LIMITS, postedText } from './util/count.js';

/** Where the post's text starts: past blank lines and HTML comments (suppressions, notes). */
function contentStart(draft: Draft, post: Post): number {
  const lead = /^(?:\s+|<!--[\s\S]*?-->)*/.exec(draft.text.slice(post.start, post.end))![0];
  return post.start + lead.length;
}

export default defineRule({
  id: 'post-length',
  title: 'Posts must fit the platform\u2019s limit',
  severity: 'warning',
  rationale: 'A post over the platform\u2019s limit is cut off or refused, and a clipped safety message can say the opposite of what you meant. Split it where a sentence ends.',
  guidance: { uk: [], ie: [], us: [] },
  check({ draft }) {
    const spec = LIMITS[draft.platform];
    if (!spec) return [];
    const out: RuleFinding[] = [];
    for (const post of draft.posts) {
      const start = contentStart(draft, post), end = postTextEnd(draft, post);
      if (end <= start) continue;
      const count = countFor(draft.platform, postedText(draft.text.slice(start, end)));
      if (count <= spec.limit) continue;
      // Sentence ends inside the post, in order; keep the last one whose text still fits.
      const ends = post.blocks.flatMap((b) => b.sentences.map((s) => b.toSource(s.start, s.end).end))
        .filter((e) => e > start && e < end).sort((a, b) => a - b);
      let cut = -1;
      for (const e of ends) {
        if (countFor(draft.platform, postedText(draft.text.slice(start, e))) <= spec.limit) cut = e; else break;
      }
      const fixes = [];
      if (cut > 0) {
        let next = cut;
        while (next < end && /\s/.test(draft.text[next])) next++;
        fixes.push({ title: 'Split the post where the last sentence that fits ends', safe: false, edits: [{ start: cut, end: next, newText: `${draft.eol}---${draft.eol}` }] });
      }
      const which = draft.posts.length > 1 ? `Post ${post.index + 1}` : 'This post';
      out.push({ start, end, message: `${which} is ${count} characters as ${spec.counts}; the limit is ${spec.limit}`, fixes });
    }
    return out;
  },
});
