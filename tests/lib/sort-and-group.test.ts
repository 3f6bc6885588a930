import { describe, expect, it } from 'vitest';
import { groupByKeys, neighbours } from '../../src/lib/grouping';
import { newestFirst } from '../../src/lib/sort';

const a = { slug: 'a', installment: 1, published: new Date('2026-05-13') };
const b = { slug: 'b', installment: 2, published: new Date('2026-05-20') };
const c = { slug: 'c', installment: 3, published: new Date('2026-05-20') };

describe('the archive order', () => {
  it('puts the newest first, then the higher installment on the same day', () => {
    expect(newestFirst([a, b, c], (x) => x).map((x) => x.slug)).toEqual(['c', 'b', 'a']);
  });

  it('does not depend on input order', () => {
    expect(newestFirst([c, a, b], (x) => x)).toEqual(newestFirst([b, c, a], (x) => x));
  });
});

describe('grouping', () => {
  it('files an item under each of its keys once, keeping order', () => {
    const groups = groupByKeys([a, b, c], (x) => (x.slug === 'a' ? ['k1', 'k1'] : ['k1', 'k2']));
    expect(groups.get('k1')).toEqual([a, b, c]);
    expect(groups.get('k2')).toEqual([b, c]);
  });

  it('finds the newer and older neighbour', () => {
    expect(neighbours([c, b, a], b)).toEqual({ newer: c, older: a });
    expect(neighbours([c, b, a], c)).toEqual({ newer: undefined, older: b });
    expect(neighbours([c, b], a)).toEqual({});
  });
});
