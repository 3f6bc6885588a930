import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedImage } from '../../src/lib/share-image-cache';

describe('the share image cache', () => {
  it('draws once for many simultaneous requests of the same card, and never again', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hemei-share-cache-'));
    let draws = 0;
    const draw = async () => {
      draws++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Buffer.from('png bytes');
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => cachedImage({ headline: 'a' }, draw, folder)),
    );
    expect(results.map(String)).toEqual(Array(5).fill('png bytes'));
    expect(await cachedImage({ headline: 'a' }, draw, folder)).toEqual(Buffer.from('png bytes'));
    expect(draws).toBe(1);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps different cards apart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hemei-share-cache-'));
    const a = await cachedImage({ headline: 'a' }, async () => Buffer.from('A'), folder);
    const b = await cachedImage({ headline: 'b' }, async () => Buffer.from('B'), folder);
    expect([String(a), String(b)]).toEqual(['A', 'B']);
    expect(readdirSync(folder)).toHaveLength(2);
  });
});
