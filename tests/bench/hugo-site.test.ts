/**
 * The Hugo side of bench/bench-hugo.ts: the generated corpus as a Hugo site
 * with page bundles, taxonomies and every photo as a page resource, so that
 * Hugo does the same image work as our build.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { hugoBody, writeHugoSite, type HugoSiteResult } from '../../bench/lib/hugo-site.ts';

const work = mkdtempSync(join(tmpdir(), 'hemei-hugo-site-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the corpus as a Hugo site', () => {
  const corpus = join(work, 'corpus');
  const site = join(work, 'site');
  let result: HugoSiteResult;

  beforeAll(async () => {
    await generateCorpus({ count: 2, seed: 2, out: corpus, source: null, photos: 1 });
    result = writeHugoSite(corpus, site);
  }, 60_000);

  it('writes one page bundle per installment, its photos linked, not copied', () => {
    expect(result).toEqual({ pages: 2, photos: 4 });
    const bundles = readdirSync(join(site, 'content/articles')).sort();
    expect(bundles).toEqual(readdirSync(join(corpus, 'articles')).sort());
    for (const bundle of bundles) {
      expect(readdirSync(join(site, 'content/articles', bundle)).sort()).toEqual([
        'cover.jpg',
        'index.md',
        'photo-1.jpg',
      ]);
      const linked = statSync(join(site, 'content/articles', bundle, 'cover.jpg'));
      expect(linked.ino).toBe(statSync(join(corpus, 'articles', bundle, 'cover.jpg')).ino);
    }
  });

  it('turns imports and <Figure> into a photo shortcode, and keeps the taxonomies', () => {
    const bundle = readdirSync(join(site, 'content/articles'))[0] ?? '';
    const page = readFileSync(join(site, 'content/articles', bundle, 'index.md'), 'utf8');
    expect(page).not.toMatch(/^import /m);
    expect(page).not.toContain('<Figure');
    expect(page).toMatch(
      /^\{\{< photo src="photo-1\.jpg" alt="[^"]+" caption="[^"]+" credit="[^"]+" >\}\}$/m,
    );
    expect(page).toMatch(/^districts: \[.+\]$/m);
    const config = readFileSync(join(site, 'hugo.toml'), 'utf8');
    for (const taxonomy of ['district', 'topic', 'community', 'person'])
      expect(config).toContain(`${taxonomy} =`);
  });

  it('converts a body by itself', () => {
    expect(
      hugoBody(
        'import lifts from \'./lifts.jpg\';\n\n文字。\n\n<Figure src={lifts} alt="电梯" caption="新电梯。" credit="本报记者 摄" />\n',
      ),
    ).toBe('\n文字。\n\n{{< photo src="lifts.jpg" alt="电梯" caption="新电梯。" credit="本报记者 摄" >}}\n');
  });
});
