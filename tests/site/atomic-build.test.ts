/**
 * A build replaces dist/ only when every step succeeded, the same content
 * always builds to the same bytes, and a build waits while another build of
 * the project runs.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { acquireBuildLock } from '../../scripts/lib/build-lock';
import { buildSite, PROJECT_ROOT, startBuild } from '../support/build-site';
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

  it('waits while another build of the project runs, says so, and then builds', async () => {
    const content = copyFixture();
    // This test stands for the other build: say, the bench, or `npm run build` in a second terminal.
    const releaseOther = await acquireBuildLock(PROJECT_ROOT, {
      onWait: () => {},
      onLost: (error) => {
        throw error;
      },
    });
    const build = startBuild(content.dir);
    try {
      await vi.waitFor(() => expect(build.output()).toContain('另有一个构建正在进行'), {
        timeout: 60_000,
        interval: 200,
      });
      // A few looks at the lock later: Astro has not started and nothing has been written.
      await new Promise((done) => setTimeout(done, 3_000));
      expect(build.output()).not.toContain('Astro 构建页面');
      expect(readdirSync(dirname(build.outDir))).toEqual([]);
    } finally {
      await releaseOther();
    }
    const result = await build.done;
    expect(result.ok, result.output.slice(-3000)).toBe(true);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(true);
    expect(result.output.indexOf('另有一个构建正在进行')).toBeLessThan(
      result.output.indexOf('Astro 构建页面'),
    );
  }, 600_000);
});
