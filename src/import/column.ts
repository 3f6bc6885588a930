/**
 * Which stories of a page belong to the column. A page carries the column's
 * banner （栏头, e.g. 这些“和美小区”是怎样炼成的?） over the column's story; the
 * other stories on the page are unrelated news. The banner is found by the
 * column's title, whatever its punctuation, and marks the first story that
 * starts after it.
 */
import type { Item, Span } from './stories';

/** A few characters around the title still make a banner line (《…》专栏, a number). */
const BANNER_SLACK = 6;

/** Letters and digits only: quotes, question marks and book-title marks differ between page and file. */
export const essence = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a line is the column's banner: its title, alone or with a few characters around it. */
export function isBanner(line: string, title: string): boolean {
  const wanted = essence(title);
  const got = essence(line);
  return wanted.length > 0 && got.includes(wanted) && got.length <= wanted.length + BANNER_SLACK;
}

/**
 * The items without the column's banner lines, and for each banner the
 * index (in the returned items) of the item that followed it.
 */
export function takeBanners(
  items: readonly Item[],
  title: string | undefined,
): { items: Item[]; banners: number[] } {
  if (!title) return { items: [...items], banners: [] };
  const kept: Item[] = [];
  const banners: number[] = [];
  for (const item of items) {
    if (item.kind === 'heading' && isBanner(item.text, title)) banners.push(kept.length);
    else kept.push(item);
  }
  return { items: kept, banners };
}

/** For each story, whether a banner marks it: it is the first story whose headings start at or after the banner. */
export function storiesInColumn(spans: readonly Span[], banners: readonly number[]): boolean[] {
  const marked = new Set(
    banners.map((at) => spans.findIndex((span) => span.headings[0] >= at)).filter((n) => n >= 0),
  );
  return spans.map((_, n) => marked.has(n));
}
