// Long loops that may give way: the loop body runs in a plain function over a range, and only the
// walk over ranges is a generator. V8 optimises a plain function in the middle of a long loop, but
// a generator's loop runs unoptimised until the generator itself has been called many times, which
// made the first keystrokes of a session several times slower than the rest.

/** Calls `part(from, to)` over [0, n) in ranges of `size`, giving way between them when `stepwise`. */
export function* inParts(n: number, size: number, stepwise: boolean, part: (from: number, to: number) => void): Generator<void> {
  if (!stepwise) return part(0, n);
  for (let from = 0; from < n; from += size) {
    part(from, Math.min(n, from + size));
    if (from + size < n) yield;
  }
}
