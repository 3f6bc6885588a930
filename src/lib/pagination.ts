/** Installments per list page, everywhere. */
export const PAGE_SIZE = 20;

/** Installments per RSS feed: readers poll feeds, so they stay small however large the archive grows. */
export const FEED_SIZE = 50;

/** A page number, or a gap shown as an ellipsis. */
export type PageLink = number | 'gap';

/**
 * The page numbers to show: always the first and last, the current page with
 * `radius` neighbours, and a gap where numbers are left out. 1 … 4 5 6 … 20.
 */
export function pageWindow(current: number, last: number, radius = 1): PageLink[] {
  const shown = new Set([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) links.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) links.push('gap');
    links.push(n);
  });
  return links;
}

/** URL path of page `n` of a list whose first page is at `firstPath` (ending in /). */
export function pagePath(firstPath: string, n: number): string {
  return n === 1 ? firstPath : `${firstPath}${n}/`;
}
