// The writer's own paid services in a block, shared by ad-disclosure and conflict-of-interest.
import { OUR_SERVICE, OWN_SERVICE, PRICE } from '../lexicons/advertising.js';
import { findAll, type Match } from './patterns.js';

/** "My clinic", "done by me"; and "our practice" or "I'm running … clinics" only beside a price. */
export function ownServices(prose: string): Match[] {
  const own = findAll(OWN_SERVICE, prose);
  if (findAll(PRICE, prose).length === 0) return own;
  return [...own, ...findAll(OUR_SERVICE, prose)].sort((a, b) => a.start - b.start);
}
