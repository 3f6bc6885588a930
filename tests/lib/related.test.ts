import { describe, expect, it } from 'vitest';
import { relatedItems } from '../../src/lib/related';

// Higher number = newer; lists are newest first, as in the archive.
const byNewest = (a: number, b: number) => b - a;

describe('related installments', () => {
  it('prefers a shared community, then a topic, then a district, never itself', () => {
    const self = 50;
    const community = [[50, 10]];
    const topic = [
      [90, 50, 20],
      [80, 50],
    ];
    const district = [[99, 90, 50]];
    expect(relatedItems(self, [community, topic, district], 5, byNewest)).toEqual([10, 90, 80, 20, 99]);
  });

  it('stops at the limit and returns nothing when nothing is shared', () => {
    expect(relatedItems(1, [[[1, 2, 3, 4]], [], []], 2, byNewest)).toEqual([4, 3]);
    expect(relatedItems(1, [[[1]], [[1]], []], 5, byNewest)).toEqual([]);
  });

  it('finds the newest of several long lists without reading them whole', () => {
    const long = (start: number) => Array.from({ length: 1000 }, (_, i) => start - i * 3);
    expect(relatedItems(0, [[long(3000), long(2999)]], 3, byNewest)).toEqual([3000, 2999, 2997]);
  });
});
