/**
 * Static paths for a paginated list: page 1 at the list's own URL, page n at
 * …/n/. Used with Astro rest routes `[...page].astro`. A list with no items
 * still gets its page 1, so an empty district shows an empty state, not a 404.
 */
import { PAGE_SIZE } from './pagination';

export interface PageSlice<T> {
  items: T[];
  current: number;
  last: number;
  total: number;
}

/** Splits `items` into pages; `page` param is undefined for page 1, "2", "3"… after. */
export function pageSlices<T>(
  items: readonly T[],
  size = PAGE_SIZE,
): { page: string | undefined; slice: PageSlice<T> }[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    page: i === 0 ? undefined : String(i + 1),
    slice: { items: items.slice(i * size, (i + 1) * size), current: i + 1, last, total: items.length },
  }));
}
