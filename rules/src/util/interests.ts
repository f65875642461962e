// The names in the `interests` setting (the writer's own brands, clinics, employers and paid ties)
// worth finding in a draft's text, shared by conflict-of-interest and the commercial context.
import type { Settings } from '../types.js';

/**
 * An interest the writer owns or runs ("Owner, Glow Clinic", "director and shareholder of SlimWell"),
 * as against a tie to someone else's company ("travel paid through a grant from Novo Nordisk",
 * "speaker fees from Pfizer"): only what they own is their own service when the draft names it.
 */
const OWNED = /\b(?:own|owns|owner|co-?owner|founder|co-?founder|founded|director|proprietor|run|runs|my)\b/i;

/** Names worth matching in the text from the `interests` setting: its capitalised phrases. */
function interestNames(settings: Settings, owned: boolean): RegExp | undefined {
  const names = new Set<string>();
  for (const interest of settings.interests) {
    if (owned && !OWNED.test(interest)) continue;
    for (const m of interest.matchAll(/(?:[A-Z][\p{L}\p{N}&'’-]+)(?:[ \t]+[A-Z][\p{L}\p{N}&'’-]+)*/gu)) {
      if (m[0].length >= 4 && !/^(?:Clinical|Medical|Paid|Consultant|Director|Lead|Speaker|Shares|Employed|Owner|Founder|I|My)$/.test(m[0])) names.add(m[0]);
    }
  }
  if (names.size === 0) return undefined;
  const alts = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:${alts.join('|')})(?![\\p{L}])`, 'gu');
}

// Bounded: one entry per distinct `interests` setting and kind, cleared past a handful.
const cache = new Map<string, RegExp | undefined>();

/**
 * The regex of the writer's declared interests' names (with `owned`, only of what they own or run),
 * or undefined when they name none.
 */
export function interestPattern(settings: Settings, owned = false): RegExp | undefined {
  const key = `${owned}\n${settings.interests.join('\n')}`;
  if (!cache.has(key)) {
    if (cache.size >= 16) cache.clear();
    cache.set(key, interestNames(settings, owned));
  }
  return cache.get(key);
}
