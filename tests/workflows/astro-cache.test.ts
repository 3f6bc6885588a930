/**
 * The deploy and pull-request workflows keep Astro's cache between runs
 * (optimized images, share cards, the content store) and the search index's
 * shards and page documents, restored after npm ci
 * and before the build, keyed so that a changed photo or setting redoes what
 * it must. Without it every deploy re-encodes every photo (docs/benchmarks.md).
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOCUMENT_CACHE_FOLDER, SHARD_CACHE_FOLDER } from '../../scripts/search-index';
import { CACHE_FILE as PHOTO_CACHE_FILE } from '../../src/integrations/photo-originals';
import { shareCacheFolder } from '../../src/lib/share-image-cache';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOWS = ['deploy.yml', 'pull-request.yml'];

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: { path?: string; key?: string; 'restore-keys'?: string };
}

function stepsOf(file: string): Step[] {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows', file), 'utf8')) as {
    jobs: Record<string, { steps?: Step[] }>;
  };
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}

/** Where Astro keeps each part when built with the project's settings (astro.config.mjs cacheDir). */
const CACHE_DIR = 'node_modules/.astro';
const PARTS = {
  images: `${CACHE_DIR}/assets`,
  /** What the build knows about each photo (src/integrations/photo-originals.ts), cached with the images. */
  photoFingerprints: `${CACHE_DIR}/${PHOTO_CACHE_FILE}`,
  shareCards: relative(ROOT, shareCacheFolder()),
  contentStore: `${CACHE_DIR}/data-store.json`,
  /** Not Astro's: scripts/search-index.ts keeps its shards and page documents beside Astro's cache. */
  searchShards: `${CACHE_DIR}/${SHARD_CACHE_FOLDER}`,
  searchDocuments: `${CACHE_DIR}/${DOCUMENT_CACHE_FOLDER}`,
};

describe.each(WORKFLOWS)('%s', (file) => {
  const steps = stepsOf(file);
  const caches = steps.filter((s) => s.uses?.startsWith('actions/cache@'));
  const cacheFor = (path: string) => caches.find((s) => s.with?.path?.split('\n').includes(path));

  it("restores and saves every part of Astro's cache", () => {
    expect(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8')).toContain(`'./${CACHE_DIR}'`);
    for (const path of Object.values(PARTS)) expect(cacheFor(path), path).toBeDefined();
  });

  it('restores it after npm ci (which empties node_modules) and before the build', () => {
    const index = (predicate: (s: Step) => boolean) => steps.findIndex(predicate);
    const install = index((s) => s.run === 'npm ci');
    const build = index((s) => s.run === 'npm run build');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(install);
    for (const path of Object.values(PARTS)) {
      const at = steps.indexOf(cacheFor(path)!);
      expect(at, path).toBeGreaterThan(install);
      expect(at, path).toBeLessThan(build);
    }
  });

  it('keys the images by settings and photos, and warms from an earlier entry only with the same settings', () => {
    const images = cacheFor(PARTS.images)!.with!;
    // The encoder settings, and the service that calls the encoder.
    const settings =
      "hashFiles('package-lock.json', 'astro.config.mjs', 'src/integrations/image-service.ts')";
    expect(images.key).toContain(settings);
    expect(images.key).toMatch(/hashFiles\([^)]*content\/\*\*\/\*\.jpg/);
    const restore = (images['restore-keys'] ?? '').trim().split('\n');
    expect(restore.length).toBeGreaterThan(0);
    for (const key of restore) {
      expect(key).toContain(settings);
      expect(images.key?.startsWith(key.trim())).toBe(true);
    }
  });

  it('keys the search shards by Pagefind and the script that writes them', () => {
    const shards = cacheFor(PARTS.searchShards)!.with!;
    for (const key of [shards.key, ...(shards['restore-keys'] ?? '').trim().split('\n')]) {
      expect(key).toContain("hashFiles('package-lock.json', 'scripts/search-index.ts')");
    }
  });

  it('keys the share cards by their drawing and the content store by the code that fills it', () => {
    const cards = cacheFor(PARTS.shareCards)!.with!;
    expect(cards.key).toContain('src/lib/share-image.ts');
    for (const key of (cards['restore-keys'] ?? '').trim().split('\n')) {
      expect(key).toContain('src/lib/share-image.ts');
    }
    const store = cacheFor(PARTS.contentStore)!.with!;
    for (const key of [store.key, ...(store['restore-keys'] ?? '').trim().split('\n')]) {
      expect(key).toContain("'src/**'");
    }
  });
});
