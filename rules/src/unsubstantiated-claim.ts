// unsubstantiated-claim: absolute or misleading health claims ("cures", "guaranteed", "detox",
// "clinically proven" with no source) (Good medical practice 89; CAP Code 12.1; ASAI 4.1).
import { PLACEHOLDER } from '@probity/snippets';
import { Q } from './guidance.js';
import { CLAIMS, SOURCE_CUES } from './lexicons/claims.js';
import { defineRule, type Block, type Fix, type RuleFinding } from './types.js';
import { replaceProse } from './util/context.js';
import { attributedBefore, findAll, negatedAfter, negatedBefore, quoted, type Match } from './util/patterns.js';

interface Claim extends Match { sentence: number; kind: 'absolute' | 'evidence'; says: string; hedge: string }
interface Facts { claims: Claim[]; placeholders: { sentence: number; m: Match }[] }

const SOURCE_PLACEHOLDER = '[add source link]';

function scan(block: Block): Facts {
  const claims: Claim[] = [];
  const placeholders: Facts['placeholders'] = [];
  const sourced = (i: number) => {
    const s = block.sentences[i];
    const next = block.sentences[i + 1];
    const linked = block.links.some((l) => {
      const r = block.toSource(s.start, next ? next.end : s.end);
      return l.start >= r.start && l.start <= r.end;
    });
    return linked || SOURCE_CUES.test(s.text) || (next !== undefined && /^\(?(?:source|see|ref)/i.test(next.text));
  };
  block.sentences.forEach((s, i) => {
    const t = s.text;
    for (const m of findAll(PLACEHOLDER, t)) if (m.text === SOURCE_PLACEHOLDER) placeholders.push({ sentence: i, m });
    if (/\?\s*$/.test(t)) return;
    for (const { pattern, kind, says, hedge } of CLAIMS) {
      for (const m of findAll(pattern, t)) {
        // Negated, reported ("they claim it cures") or quoted as a word ('"Cure" means...') is not a claim.
        // "It does not need to be a miracle": a claim's negation can stand five words back.
        if (negatedBefore(t, m.start, 6) || negatedAfter(t, m.end) || attributedBefore(t, m.start) || quoted(t, m.start, m.end)) continue;
        if (kind === 'evidence' && sourced(i)) continue;
        claims.push({ ...m, start: s.start + m.start, end: s.start + m.end, sentence: i, kind, says, hedge: hedge(m.text) });
      }
    }
  });
  return { claims, placeholders };
}

export default defineRule<Facts>({
  id: 'unsubstantiated-claim',
  title: 'Health claims need evidence and honest wording',
  severity: 'warning',
  rationale: 'Words like "cures", "guaranteed", "detox" or "clinically proven" promise more than medicine can, and readers act on them. Say what the evidence shows, with its source.',
  guidance: { uk: [Q.gmp89, Q.cap121], ie: [Q.asai41, Q.asai49, Q.asaIe111], us: [Q.ama812Grounded, Q.ftcHealthRct] },
  scan,
  report(block, { claims, placeholders }) {
    const out: RuleFinding[] = [];
    for (const { sentence, m } of placeholders) {
      const s = block.sentences[sentence];
      out.push({ ...block.toSource(s.start + m.start, s.start + m.end), message: `Replace '${m.text}' with the source of this claim` });
    }
    if (claims.length === 0) return out; // most blocks: skip building the map below
    const bySentence = new Map<number, Claim[]>();
    for (const c of claims) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
    for (const [i, list] of bySentence) {
      const s = block.sentences[i];
      if (placeholders.some((p) => p.sentence === i)) continue;
      const range = block.toSource(s.start, s.end);
      const fixes: Fix[] = [{
        title: `Reword ${list.map((c) => `'${c.text}'`).join(', ')} with honest hedging`, safe: false,
        edits: list.map((c) => replaceProse(block, c.start, c.end, c.hedge)),
      }];
      if (list.every((c) => c.kind === 'evidence')) {
        const end = range.end - (/[.!]$/.test(s.text) ? 1 : 0);
        fixes.push({ title: 'Add a link to the source after the claim', safe: false, edits: [{ start: end, end, newText: ` ${SOURCE_PLACEHOLDER}` }] });
      }
      out.push({
        ...range,
        message: list.length === 1
          ? `'${list[0].text}' claims ${list[0].says}${list[0].kind === 'evidence' ? ' with no source' : ''}`
          : `${list.map((c) => `'${c.text}'`).join(', ')} claim ${[...new Set(list.map((c) => c.says))].join(', ')}${list.every((c) => c.kind === 'evidence') ? ' with no source' : ''}`,
        fixes,
      });
    }
    return out;
  },
});
