// Small helpers for the words of a message, shared by every rule that lists things in one.

/** "a", "a and b", "a, b and c": a list as a sentence reads it (no serial comma, as in British English). */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
