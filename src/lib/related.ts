/**
 * Related installments: those sharing a community come first, then those
 * sharing a topic, then a district; newest first within each tier; never the
 * installment itself. Works from the archive's per-key lists (each already
 * newest first) so the cost per article does not grow with the archive.
 */
export function relatedItems<T>(
  self: T,
  tiers: readonly (readonly (readonly T[])[])[],
  limit: number,
  compare: (a: T, b: T) => number,
): T[] {
  const chosen: T[] = [];
  const seen = new Set<T>([self]);
  for (const lists of tiers) {
    if (chosen.length >= limit) break;
    // Each list is sorted; an item in this tier's top `limit` is within the first
    // limit + (self and earlier picks) entries of its own list.
    const reach = 2 * limit + 1;
    const candidates = [...new Set(lists.flatMap((list) => list.slice(0, reach)))]
      .filter((item) => !seen.has(item))
      .sort(compare);
    for (const item of candidates) {
      if (chosen.length >= limit) break;
      chosen.push(item);
      seen.add(item);
    }
  }
  return chosen;
}
