import { describe, expect, it } from 'vitest';
import { pageSlices } from '../../src/lib/paginate-paths';
import { pagePath, pageWindow } from '../../src/lib/pagination';

describe('page numbers', () => {
  it('shows all pages of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('keeps first, last and neighbours, with gaps between', () => {
    expect(pageWindow(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 'gap', 20]);
  });

  it('fills a gap of one page with the page itself', () => {
    expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, 'gap', 8]);
  });

  it('puts page 1 at the list’s own URL and page n under it', () => {
    expect(pagePath('districts/meilan/', 1)).toBe('districts/meilan/');
    expect(pagePath('districts/meilan/', 3)).toBe('districts/meilan/3/');
  });
});

describe('pageSlices', () => {
  it('splits 45 items into pages of 20, 20 and 5', () => {
    const slices = pageSlices(Array.from({ length: 45 }, (_, i) => i));
    expect(slices.map((s) => [s.page, s.slice.items.length, s.slice.current, s.slice.last])).toEqual([
      [undefined, 20, 1, 3],
      ['2', 20, 2, 3],
      ['3', 5, 3, 3],
    ]);
    expect(slices[2]!.slice.items[0]).toBe(40);
  });

  it('gives an empty list one empty page, so it shows an empty state', () => {
    expect(pageSlices([])).toEqual([
      { page: undefined, slice: { items: [], current: 1, last: 1, total: 0 } },
    ]);
  });
});
