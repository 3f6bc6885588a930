import { describe, expect, it } from 'vitest';
import { SHARD_PAGES, SHARD_STEP, shardSizes } from '../../src/lib/search-files';
import { LEAD_SPAN, rankPages, runStarts, type RunMatch } from '../../src/lib/search-rank';

const match = (score: number, starts: number[]): RunMatch => ({ score, starts });

describe('runStarts', () => {
  it('finds where every term stands at its offset from one start', () => {
    // 红城湖国际广场小区: terms at offsets 0, 3, 6.
    expect(runStarts([[10, 40], [13, 90], [16]], [0, 3, 6])).toEqual([10]);
  });

  it('finds nothing when the terms stand apart', () => {
    expect(runStarts([[10], [14], [16]], [0, 3, 6])).toEqual([]);
    expect(runStarts([[10], []], [0, 1])).toEqual([]);
  });

  it('lists every start, lowest first', () => {
    expect(
      runStarts(
        [
          [50, 5],
          [52, 7],
        ],
        [0, 2],
      ),
    ).toEqual([5, 50]);
  });
});

describe('rankPages', () => {
  it('puts a page holding the query in its lead before body-only pages, whatever their scores', () => {
    const run = new Map([
      ['body-many', match(9, [LEAD_SPAN + 10, LEAD_SPAN + 50])],
      ['lead', match(1, [12, LEAD_SPAN + 3])],
    ]);
    expect(rankPages([run]).map((page) => page.id)).toEqual(['lead', 'body-many']);
  });

  it('marks as answers only pages holding every stretch; pages holding some come after', () => {
    const first = new Map([
      ['both', match(1, [LEAD_SPAN + 1])],
      ['one', match(5, [LEAD_SPAN + 3])],
    ]);
    const second = new Map([
      ['both', match(1, [LEAD_SPAN + 20])],
      ['none', match(3, [])],
    ]);
    expect(rankPages([first, second]).map((page) => [page.id, page.answer])).toEqual([
      ['both', true],
      ['one', false],
    ]);
  });

  it('orders by score among equals, and by date alone when sorted newest first', () => {
    const run = new Map([
      ['older-lead', match(1, [5])],
      ['newer-body', match(2, [LEAD_SPAN + 5])],
    ]);
    expect(rankPages([run]).map((page) => page.id)).toEqual(['older-lead', 'newer-body']);
    expect(rankPages([run], 'newest').map((page) => page.id)).toEqual(['newer-body', 'older-lead']);
  });
});

describe('shardSizes', () => {
  it('makes as few shards as the page limit allows, of nearly equal size', () => {
    expect(shardSizes(1)).toEqual({ shards: 1, size: SHARD_STEP });
    expect(shardSizes(SHARD_PAGES)).toEqual({ shards: 1, size: SHARD_PAGES });
    expect(shardSizes(SHARD_PAGES + 1)).toEqual({ shards: 2, size: 1250 });
    expect(shardSizes(10006)).toEqual({ shards: 5, size: 2050 });
    for (let pages = 1; pages < 30_000; pages += 97) {
      const { shards, size } = shardSizes(pages);
      expect(size).toBeLessThanOrEqual(SHARD_PAGES);
      expect(shards).toBe(Math.ceil(pages / SHARD_PAGES));
      // The last shard is never much smaller than the others.
      expect(pages - (shards - 1) * size).toBeGreaterThan(size - SHARD_STEP * shards);
    }
  });

  it('keeps the boundaries where they were as installments are added', () => {
    let changes = 0;
    for (let pages = 10_001; pages < 10_251; pages++) {
      if (shardSizes(pages + 1).size !== shardSizes(pages).size) changes++;
    }
    expect(changes).toBeLessThanOrEqual(1);
  });
});
