/**
 * A build replaces dist/ only when every step succeeded, and the same content
 * always builds to the same bytes.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { fileTree } from '../support/file-tree';
import { copyFixture, FIRST_ARTICLE } from '../support/fixture-copy';

const tree = fileTree;

describe('building', () => {
  it('gives byte-identical output for the same content, warm or cold, and keeps the last good site when a build fails', () => {
    const content = copyFixture();
    const root = mkdtempSync(join(tmpdir(), 'hemei-atomic-'));
    const dist = join(root, 'dist');

    const first = buildSite(content.dir, { SITE_CACHE_DIR: join(root, 'cache-1') }, dist);
    expect(first.ok, first.output.slice(-3000)).toBe(true);
    const good = tree(dist);
    expect(Object.keys(good).length).toBeGreaterThan(50);

    // Same content, fresh cache, another folder: the very same bytes.
    const again = buildSite(content.dir, { SITE_CACHE_DIR: join(root, 'cache-2') });
    expect(again.ok).toBe(true);
    expect(tree(again.outDir)).toEqual(good);

    // Another content folder built in between must not leak into a warm rebuild of this one:
    // Astro keeps some generated modules in the project's shared .astro/ folder.
    const other = copyFixture();
    expect(buildSite(other.dir, { SITE_CACHE_DIR: join(root, 'cache-other') }).ok).toBe(true);
    const warm = buildSite(content.dir, { SITE_CACHE_DIR: join(root, 'cache-1') });
    expect(warm.ok, warm.output.slice(-3000)).toBe(true);
    expect(tree(warm.outDir)).toEqual(good);

    // A broken article stops the build; dist/ is untouched and nothing is left half-built.
    content.edit(FIRST_ARTICLE, 'districts: [qiongshan]', 'districts: [nowhere]');
    const broken = buildSite(content.dir, { SITE_CACHE_DIR: join(root, 'cache-1') }, dist);
    expect(broken.ok).toBe(false);
    expect(broken.output).toContain('上一次成功构建的 dist/ 原样保留');
    expect(tree(dist)).toEqual(good);
    expect(readdirSync(dirname(dist)).filter((name) => name.startsWith('.dist.'))).toEqual([]);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  }, 600_000);
});
