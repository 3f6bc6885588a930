/** Groups items under every key they carry, keeping the input order within each group. */
export function groupByKeys<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The items before and after `item` in a list: in a newest-first list, `newer` and `older`. */
export function neighbours<T>(list: readonly T[], item: T): { newer?: T | undefined; older?: T | undefined } {
  const index = list.indexOf(item);
  if (index < 0) return {};
  return { newer: list[index - 1], older: list[index + 1] };
}
