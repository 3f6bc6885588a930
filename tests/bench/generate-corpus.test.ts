/**
 * The benchmark corpus generator (bench/generate-corpus.ts): deterministic
 * from its seed, and everything it writes passes the real schemas and the
 * real validator, so a benchmark build never stops on bad content.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTree } from '../support/file-tree';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  FIRST_DAY,
  generateCorpus,
  LAST_DAY,
  MARKER_FILE,
  parseCliArgs,
  type GenerateOptions,
  UsageError,
  type GenerateResult,
} from '../../bench/generate-corpus.ts';
import { isoDay } from '../../src/lib/dates';
import { articleSchema } from '../../src/schemas/article';
import { communitySchema } from '../../src/schemas/community';
import { districtSchema } from '../../src/schemas/district';
import { personSchema } from '../../src/schemas/person';
import { seriesSchema } from '../../src/schemas/series';
import { topicSchema } from '../../src/schemas/topic';
import { validateContent } from '../../src/validation/validate-content';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');
const GENERATOR = join(PROJECT_ROOT, 'bench/generate-corpus.ts');
/** Outside Astro, image() is the path string. */
const schema = articleSchema((() => z.string()) as unknown as SchemaContext['image']);

const work = mkdtempSync(join(tmpdir(), 'hemei-corpus-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tree = fileTree;

function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: text.slice(match[0].length) };
}

const yamlIds = (dir: string) =>
  new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, '')),
  );

const generatedFolders = (out: string) =>
  readdirSync(join(out, 'articles'))
    .filter((f) => f.startsWith('gen-'))
    .sort();

describe('generate-corpus', () => {
  const a = join(work, 'a');
  const b = join(work, 'b');
  const c = join(work, 'c');
  let first: GenerateResult;

  beforeAll(async () => {
    first = await generateCorpus({ count: 5, seed: 7, out: a });
    await generateCorpus({ count: 5, seed: 7, out: b });
    await generateCorpus({ count: 5, seed: 8, out: c });
  });

  it('writes the requested number of articles, each with a cover', () => {
    expect(first.generated).toBe(5);
    const folders = generatedFolders(a);
    expect(folders).toHaveLength(5);
    for (const folder of folders) {
      expect(existsSync(join(a, 'articles', folder, 'index.mdx'))).toBe(true);
      expect(existsSync(join(a, 'articles', folder, 'cover.jpg'))).toBe(true);
    }
    expect(readdirSync(join(a, 'communities')).length).toBeGreaterThanOrEqual(60);
    expect(readdirSync(join(a, 'people')).length).toBeGreaterThanOrEqual(12);
    expect(readdirSync(join(a, 'districts')).sort()).toEqual(
      expect.arrayContaining(['longhua.yaml', 'meilan.yaml', 'qiongshan.yaml', 'xiuying.yaml']),
    );
  });

  it('gives byte-identical files for the same seed and count', () => {
    const treeA = tree(a);
    expect(Object.keys(treeA).length).toBeGreaterThan(80);
    expect(tree(b)).toEqual(treeA);
  });

  it('gives different articles, communities and people for another seed', () => {
    const treeA = tree(a);
    const treeC = tree(c);
    expect(treeC).not.toEqual(treeA);
    const mdx = (dir: string) =>
      generatedFolders(dir).map((f) => readFileSync(join(dir, 'articles', f, 'index.mdx'), 'utf8'));
    const [left, right] = [mdx(a), mdx(c)];
    expect(left.filter((text, i) => text !== right[i])).toHaveLength(5);
    expect(readdirSync(join(c, 'communities')).sort()).not.toEqual(
      readdirSync(join(a, 'communities')).sort(),
    );
  });

  it('writes frontmatter that the article schema accepts, with the promised shape', async () => {
    const realInstallments = readdirSync(join(a, 'articles'))
      .filter((f) => !f.startsWith('gen-'))
      .map((f) => splitMdx(readFileSync(join(a, 'articles', f, 'index.mdx'), 'utf8')).data.installment);
    const installments: number[] = [];
    for (const folder of generatedFolders(a)) {
      const { data, body } = splitMdx(readFileSync(join(a, 'articles', folder, 'index.mdx'), 'utf8'));
      const result = schema.safeParse(data);
      expect(result.error?.issues ?? [], folder).toEqual([]);
      const article = result.data!;
      expect(article.slug).toBe(folder);
      expect(article.slug).toMatch(/^gen-\d{5}-[a-z0-9-]+$/);
      expect(article.draft).toBe(false);
      expect([...article.summary].length).toBeLessThanOrEqual(100);
      const day = isoDay(article.published);
      expect(day >= FIRST_DAY && day <= LAST_DAY, day).toBe(true);
      expect(article.bylines.reporter?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(article.districts.length).toBeGreaterThanOrEqual(1);
      expect(article.topics.length).toBeGreaterThanOrEqual(1);
      expect(article.cover?.src).toBe('./cover.jpg');
      installments.push(article.installment);

      // About 2,000 characters of Chinese prose with sub-heads and no MDX-significant characters.
      const hanzi = body.match(/\p{Script=Han}/gu)?.length ?? 0;
      expect(hanzi, folder).toBeGreaterThan(1500);
      expect(hanzi, folder).toBeLessThan(3000);
      expect(body.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(body).not.toMatch(/[<{}`]/);

      const meta = await sharp(join(a, 'articles', folder, 'cover.jpg')).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 800]);
    }
    // Unique, consecutive, and after every real installment.
    const sorted = [...installments].sort((x, y) => x - y);
    expect(sorted).toEqual(sorted.map((_, i) => (sorted[0] ?? 0) + i));
    for (const real of realInstallments) expect(installments).not.toContain(real);
    if (realInstallments.length) expect(sorted[0]).toBe(Math.max(...(realInstallments as number[])) + 1);
  });

  it('writes data files that their schemas accept, and every id an article uses exists', () => {
    const checks = [
      ['communities', communitySchema],
      ['people', personSchema],
      ['topics', topicSchema],
      ['districts', districtSchema],
    ] as const;
    for (const [folder, dataSchema] of checks) {
      for (const file of readdirSync(join(a, folder))) {
        const result = dataSchema.safeParse(parse(readFileSync(join(a, folder, file), 'utf8')));
        expect(result.error?.issues ?? [], `${folder}/${file}`).toEqual([]);
      }
    }
    const series = splitMdx(readFileSync(join(a, 'series/hemei-xiaoqu/index.mdx'), 'utf8')).data;
    expect(seriesSchema.safeParse(series).success).toBe(true);

    const known = {
      districts: yamlIds(join(a, 'districts')),
      communities: yamlIds(join(a, 'communities')),
      topics: yamlIds(join(a, 'topics')),
      people: yamlIds(join(a, 'people')),
    };
    for (const folder of generatedFolders(a)) {
      const data = schema.parse(
        splitMdx(readFileSync(join(a, 'articles', folder, 'index.mdx'), 'utf8')).data,
      );
      for (const id of data.districts) if (id !== 'citywide') expect(known.districts, id).toContain(id);
      for (const id of data.communities) expect(known.communities, id).toContain(id);
      for (const id of data.topics) expect(known.topics, id).toContain(id);
      for (const id of Object.values(data.bylines).flat()) expect(known.people, id).toContain(id);
    }
  });

  it('passes the real content validator with no errors', async () => {
    const { problems, counts } = await validateContent({ projectRoot: PROJECT_ROOT, contentDir: a });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(counts.articles).toBe(first.articles);
  });

  it('builds a complete corpus even without real content to copy', async () => {
    const out = join(work, 'no-source');
    const result = await generateCorpus({ count: 3, seed: 1, out, source: null });
    expect(result).toMatchObject({ generated: 3, copied: 0, articles: 3 });
    expect(readdirSync(join(out, 'districts'))).toHaveLength(4);
    expect(existsSync(join(out, 'series/hemei-xiaoqu/index.mdx'))).toBe(true);
    const { problems } = await validateContent({ projectRoot: PROJECT_ROOT, contentDir: out });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(generatedFolders(out).map((f) => f.slice(0, 9))).toEqual(['gen-00001', 'gen-00002', 'gen-00003']);
  });

  it('replaces its own earlier corpus but refuses to wipe any other folder', async () => {
    const out = join(work, 'rerun');
    await generateCorpus({ count: 4, seed: 3, out, source: null });
    const district = join(out, 'districts', readdirSync(join(out, 'districts'))[0]!);
    const marker = join(out, MARKER_FILE);
    const before = { district: statSync(district).mtimeMs, marker: statSync(marker).mtimeMs };
    await new Promise((done) => setTimeout(done, 20));
    await generateCorpus({ count: 2, seed: 3, out, source: null });
    expect(generatedFolders(out)).toHaveLength(2);
    expect(existsSync(marker)).toBe(true);
    // A warm build keys its caches by file times: what comes out the same is left untouched.
    expect(statSync(district).mtimeMs).toBe(before.district);
    expect(statSync(marker).mtimeMs).not.toBe(before.marker);
    expect(readdirSync(work).filter((name) => name.startsWith('.corpus-'))).toEqual([]);

    const foreign = join(work, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep-me.txt'), 'important');
    await expect(generateCorpus({ count: 1, seed: 1, out: foreign })).rejects.toThrow(UsageError);
    expect(readFileSync(join(foreign, 'keep-me.txt'), 'utf8')).toBe('important');
  });

  it('rejects bad arguments', async () => {
    expect(parseCliArgs(['--count', '12', '--out', 'x'])).toMatchObject({ count: 12, seed: 1, out: 'x' });
    expect(parseCliArgs(['--count', '3', '--seed', '9', '--out', 'x', '--source', 'none'])).toMatchObject({
      seed: 9,
      source: null,
    });
    for (const args of [
      ['--out', 'x'],
      ['--count', '12'],
      ['--count', 'abc', '--out', 'x'],
      ['--count', '1e3', '--out', 'x'],
      ['--count', '-5', '--out', 'x'],
      ['--count', '5', '--seed', '1.5', '--out', 'x'],
      ['--count', '5', '--out', 'x', '--colour', 'red'],
      ['--count', '5', '--out', 'x', 'extra'],
    ]) {
      expect(() => parseCliArgs(args), args.join(' ')).toThrow(UsageError);
    }
    await expect(generateCorpus({ count: 0, seed: 1, out: join(work, 'zero') })).rejects.toThrow(/--count/);
  });

  it('exits non-zero with a clear message on the command line', () => {
    const bad = spawnSync(NODE, [GENERATOR, '--count', 'many', '--out', join(work, 'cli-bad')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--count must be a whole number/);
    expect(bad.stderr).toMatch(/Usage:/);
    expect(existsSync(join(work, 'cli-bad'))).toBe(false);

    const good = spawnSync(
      NODE,
      [GENERATOR, '--count', '2', '--seed', '5', '--out', join(work, 'cli-good')],
      {
        encoding: 'utf8',
      },
    );
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/2 articles generated/);
    expect(generatedFolders(join(work, 'cli-good'))).toHaveLength(2);
  });
});

describe('generate-corpus --photos: every installment with its own camera-sized photos', () => {
  const options = (out: string): GenerateOptions => ({
    count: 1,
    seed: 4,
    out,
    source: null,
    photos: 2,
    added: 1,
  });
  const one = join(work, 'photos-a');
  const again = join(work, 'photos-b');
  const withoutAdded = join(work, 'photos-c');
  let result: GenerateResult;

  beforeAll(async () => {
    result = await generateCorpus(options(one));
    await generateCorpus(options(again));
    await generateCorpus({ ...options(withoutAdded), added: 0 });
  }, 120_000);

  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('gives each installment a cover and body photos of its own, 4000×3000 JPEGs of a few MB', async () => {
    const folders = generatedFolders(one);
    expect(folders).toHaveLength(2);
    expect(result).toMatchObject({ generated: 2, photos: 6 });
    const hashes = new Set<string>();
    for (const folder of folders) {
      const files = readdirSync(join(one, 'articles', folder)).sort();
      expect(files).toEqual(['cover.jpg', 'index.mdx', 'photo-1.jpg', 'photo-2.jpg']);
      for (const file of files.filter((f) => f.endsWith('.jpg'))) {
        const path = join(one, 'articles', folder, file);
        const meta = await sharp(path).metadata();
        expect([meta.format, meta.width, meta.height], file).toEqual(['jpeg', 4000, 3000]);
        expect(readFileSync(path).length, file).toBeGreaterThan(1_500_000);
        hashes.add(sha(path));
      }
    }
    // Astro names an image by its bytes: six files, six images to encode.
    expect(hashes.size).toBe(6);
  });

  it('keeps detail at the published widths, as a photo does (a flat drawing would shrink to a few KB)', async () => {
    const cover = join(one, 'articles', generatedFolders(one)[0] ?? '', 'cover.jpg');
    const webp = await sharp(cover).resize(1200).webp().toBuffer();
    expect(webp.length).toBeGreaterThan(60_000);
  });

  it('places a <Figure> with its import for every body photo', () => {
    for (const folder of generatedFolders(one)) {
      const { data, body } = splitMdx(readFileSync(join(one, 'articles', folder, 'index.mdx'), 'utf8'));
      expect(schema.safeParse(data).success).toBe(true);
      expect(body.match(/^import photo\d from '\.\/photo-\d\.jpg';$/gm)).toEqual([
        "import photo1 from './photo-1.jpg';",
        "import photo2 from './photo-2.jpg';",
      ]);
      const figures = body.match(
        /^<Figure src=\{photo\d\} alt="[^"]+" caption="[^"]+" credit="[^"]+" \/>$/gm,
      );
      expect(figures).toHaveLength(2);
    }
  });

  it('is byte-identical for the same options, and --add leaves the first installments as they were', () => {
    expect(tree(again)).toEqual(tree(one));
    const [first, addedFolder] = generatedFolders(one);
    expect(generatedFolders(withoutAdded)).toEqual([first]);
    for (const file of ['index.mdx', 'cover.jpg', 'photo-1.jpg']) {
      expect(sha(join(one, 'articles', first!, file))).toBe(
        sha(join(withoutAdded, 'articles', first!, file)),
      );
    }
    const added = splitMdx(readFileSync(join(one, 'articles', addedFolder!, 'index.mdx'), 'utf8')).data;
    expect(added).toMatchObject({ installment: 2, published: LAST_DAY });
  });

  it('passes the real content validator with no errors', async () => {
    const { problems, counts } = await validateContent({ projectRoot: PROJECT_ROOT, contentDir: one });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(counts.articles).toBe(2);
  });

  it('takes --photos and --add on the command line and rejects bad values', () => {
    expect(parseCliArgs(['--count', '5', '--out', 'x', '--photos', '3', '--add', '1'])).toMatchObject({
      photos: 3,
      added: 1,
    });
    expect(parseCliArgs(['--count', '5', '--out', 'x'])).toMatchObject({ photos: undefined, added: 0 });
    for (const args of [
      ['--count', '5', '--out', 'x', '--photos', 'many'],
      ['--count', '5', '--out', 'x', '--add', '-1'],
    ]) {
      expect(() => parseCliArgs(args), args.join(' ')).toThrow(UsageError);
    }
  });

  it('rejects more body photos than it allows', async () => {
    await expect(generateCorpus({ ...options(join(work, 'too-many')), photos: 99 })).rejects.toThrow(
      /--photos/,
    );
  });
});
