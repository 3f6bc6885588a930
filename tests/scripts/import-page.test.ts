/**
 * npm run import (scripts/import-page.ts): drafts written for the column's
 * stories of a fixture page, that pass the validator; re-imports, other
 * stories, dry runs and mistakes explained.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSeedPage } from '../../bench/lib/relevance-corpus';
import { validateContent } from '../../src/validation/validate-content';
import { PROJECT_ROOT } from '../support/build-site';
import { copyFixture } from '../support/fixture-copy';
import { testArticleSchema } from '../support/schemas';
import { readMdx, runCli } from './run-cli';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/import');
const PAGE = join(FIXTURES, 'page-a.txt');
const IMPORT = 'scripts/import-page.ts';
const NOW = new Date('2026-07-01T00:00:00Z');

describe('npm run import', () => {
  /** The fixture content plus two people the fixture page names. */
  const content = () => {
    const copy = copyFixture();
    copy.write('people/lin-xiaolan.yaml', 'name: 林晓岚\nrole: reporter\n');
    copy.write('people/fu-yongjian.yaml', 'name: 符永健\nrole: photographer\n');
    return copy;
  };
  const SLUGS = ['2026-06-03-haigang-xiaoqu', '2026-06-03-weigai-zao-ranglao', '2026-06-03-xindian-tikai'];
  const newFolders = (dir: string) =>
    readdirSync(join(dir, 'articles')).filter((f) => f.startsWith('2026-06-03'));

  it('imports only the column’s story by default and lists the others as 不属于专栏', () => {
    const copy = content();
    const result = runCli(IMPORT, [PAGE, '--date', '2026-06-03'], copy.dir);
    expect(result.status, result.output).toBe(0);
    expect(newFolders(copy.dir)).toEqual(['2026-06-03-xindian-tikai']);
    expect(result.output).toContain('第 2 篇 海港小区抄表到户完工：不属于专栏');
    expect(result.output).toContain('第 3 篇 “微改造”让老小区换新颜：不属于专栏');
    expect(result.output).toContain('加 --only 3，全部导入加 --all');
    expect(result.output).toContain(
      '找到 3 篇文章，已写入 1 篇草稿（draft: true）；2 篇不属于专栏，没有导入',
    );

    const only = runCli(IMPORT, [PAGE, '--date', '2026-06-03', '--only', '2'], copy.dir);
    expect(only.status, only.output).toBe(0);
    expect(newFolders(copy.dir).sort()).toEqual(['2026-06-03-haigang-xiaoqu', '2026-06-03-xindian-tikai']);
  });

  it('with --all writes one draft per article that passes the validator with only reminders', async () => {
    const copy = content();
    const result = runCli(IMPORT, [PAGE, '--date', '2026-06-03', '--all'], copy.dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('找到 3 篇文章，已写入 3 篇草稿');
    expect(result.output).toContain('content/people/wu-haisheng.yaml');
    expect(newFolders(copy.dir).sort()).toEqual(SLUGS);

    const installments: number[] = [];
    const withPhoto: boolean[] = [];
    for (const slug of SLUGS) {
      const { data } = readMdx(join(copy.dir, 'articles', slug, 'index.mdx'));
      const parsed = testArticleSchema.safeParse(data);
      expect(parsed.error?.issues ?? [], slug).toEqual([]);
      expect(parsed.data).toMatchObject({
        series: 'test-column',
        slug,
        draft: true,
        print: { paper: '海口日报' },
      });
      installments.push(parsed.data?.installment ?? 0);
      // The placeholder photo is written only beside a cover; a story printed without a photo has neither.
      withPhoto.push(parsed.data?.cover !== undefined);
      expect(existsSync(join(copy.dir, 'articles', slug, 'cover.jpg')), slug).toBe(
        parsed.data?.cover !== undefined,
      );
    }
    expect(withPhoto.filter(Boolean)).toHaveLength(2);
    // The fixture column's highest installment is 6, so the three drafts follow it.
    expect(installments.sort()).toEqual([7, 8, 9]);

    const problems = (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: copy.dir, now: NOW }))
      .problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const mine = problems.filter((p) => SLUGS.some((slug) => p.file.includes(slug)));
    expect(new Set(mine.map((p) => p.field))).toEqual(
      // The page gave both covers their caption and credit; the grey photo itself is still flagged (cover.src).
      new Set(['summary', 'cover.src', 'cover.alt', 'draft', '正文']),
    );
  });

  it('re-imports cleanly: a story already in the archive is skipped, named, and never overwritten', () => {
    const copy = content();
    expect(runCli(IMPORT, [PAGE, '--date', '2026-06-03', '--all'], copy.dir).status).toBe(0);
    const file = join(copy.dir, 'articles', SLUGS[2] ?? '', 'index.mdx');
    const edited = readFileSync(file, 'utf8').replace('draft: true', 'draft: true\n# 编辑改过');
    copy.write(`articles/${SLUGS[2]}/index.mdx`, edited);
    // The next day's date: other slugs, so only the stories themselves tell they are there.
    const again = runCli(IMPORT, [PAGE, '--date', '2026-06-04', '--all'], copy.dir);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain(
      `第 1 篇 新电梯开进老楼 “议事会”议出好办法：已在归档中：${relative(PROJECT_ROOT, join(copy.dir, 'articles', SLUGS[2] ?? ''))}`,
    );
    expect(again.output).toContain('跳过；如确需再导入');
    expect(again.output).toContain('已写入 0 篇草稿（draft: true）；3 篇已在归档中，没有导入');
    // No slug errors about the drafts themselves, no --slug advice, no errors counted.
    expect(again.output).not.toMatch(/✖|--slug|个错误|重复/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(readdirSync(join(copy.dir, 'articles')).filter((f) => f.startsWith('2026-06-04'))).toEqual([]);
  });

  it('numbers the folder when another story already has the proposed name', () => {
    const copy = content();
    const other = readFileSync(join(copy.dir, 'articles/2026-05-13-first-story/index.mdx'), 'utf8')
      .replace('slug: 2026-05-13-first-story', 'slug: 2026-06-03-xindian-tikai')
      .replace('installment: 1', 'installment: 9');
    mkdirSync(join(copy.dir, 'articles/2026-06-03-xindian-tikai'));
    copy.write('articles/2026-06-03-xindian-tikai/index.mdx', other);
    const result = runCli(IMPORT, [PAGE, '--date', '2026-06-03'], copy.dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('articles/2026-06-03-xindian-tikai-2/index.mdx');
    expect(result.output).not.toMatch(/✖|--slug/);
  });

  it('imports nothing from a page without the column’s banner unless told which stories', () => {
    const copy = content();
    const page = join(copy.dir, 'page.txt');
    copy.write('page.txt', readFileSync(join(FIXTURES, 'page-b.txt'), 'utf8').replace('测试专栏\n', ''));
    const result = runCli(IMPORT, [page, '--date', '2026-06-09'], copy.dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('版面上没有找到专栏《测试专栏》的栏头');
    expect(result.output).toContain('用 --only 编号 选定文章，或用 --all 全部导入');
    expect(readdirSync(join(copy.dir, 'articles')).filter((f) => f.startsWith('2026-06-09'))).toEqual([]);
  });

  it('gives one piece of advice for a reporter who took the photos too', () => {
    const copy = content();
    const result = runCli(IMPORT, [join(FIXTURES, 'page-b.txt'), '--date', '2026-06-09'], copy.dir);
    expect(result.output.match(/“钱无名”/g)).toHaveLength(1);
    expect(result.output).toContain('署名里的本报记者和摄影“钱无名”');
    expect(result.output).toContain('再把编号 qian-wuming 加进 bylines.reporter 和 bylines.photographer');
  });

  it('writes a draft with unknown bylines but says what must be fixed and exits 1', () => {
    const copy = content();
    const page = join(copy.dir, 'page.txt');
    copy.write(
      'page.txt',
      '测试专栏\n\n测试花园小区的新电梯\n\n本报记者 钱无名\n\n琼山区测试花园小区完成了电梯更新。',
    );
    const result = runCli(IMPORT, [page, '--date', '2026-06-05'], copy.dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('钱无名');
    expect(result.output).toContain('署名（bylines）至少要有一位作者');
    const { data } = readMdx(join(copy.dir, 'articles', '2026-06-05-ceshi-huayuan', 'index.mdx'));
    expect(data.bylines).toEqual({});
  });

  it('tries without writing (--dry-run), and explains an empty page, a missing file and a wrong flag', () => {
    const copy = content();
    const dry = runCli(IMPORT, [PAGE, '--dry-run', '--all'], copy.dir);
    expect(dry.status).toBe(0);
    expect(dry.output).toContain('试运行，没有写文件');
    expect(newFolders(copy.dir)).toEqual([]);

    const empty = runCli(IMPORT, [join(FIXTURES, 'page-no-articles.txt')], copy.dir);
    expect(empty.status).toBe(1);
    expect(empty.output).toContain('里找到文章');

    const missing = runCli(IMPORT, ['no-such-page.txt'], copy.dir);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('找不到或读不了文件');

    const series = runCli(IMPORT, [PAGE, '--series', 'no-column'], copy.dir);
    expect(series.status).toBe(1);
    expect(series.output).toContain('没有编号为 no-column 的专栏；请用 --series 指定，可用的有：test-column');

    const usage = runCli(IMPORT, [PAGE, '--date', '六月三日'], copy.dir);
    expect(usage.status).toBe(2);
    expect(usage.output).toContain('--date 应写成 年-月-日');
  });
});

describe('npm run import on the real page (read at test time, never committed)', () => {
  const seed = findSeedPage();
  /** A copy of the project's own content, with or without its installments. */
  const realContent = (withArticles: boolean) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hemei-real-')), 'content');
    cpSync(join(PROJECT_ROOT, 'content'), dir, { recursive: true });
    if (!withArticles) rmSync(join(dir, 'articles'), { recursive: true });
    return dir;
  };

  it.skipIf(!seed)(
    'imports the column’s story only, and it passes validate without a pasted-text reminder',
    async () => {
      const dir = realContent(false);
      const result = runCli(IMPORT, [seed ?? '', '--date', '2026-05-13'], dir);
      expect(result.status, result.output).toBe(0);
      expect(result.output).toContain(
        '找到 6 篇文章，已写入 1 篇草稿（draft: true）；5 篇不属于专栏，没有导入',
      );
      expect(readdirSync(join(dir, 'articles'))).toEqual(['2026-05-13-dangyuan-daitou']);
      const problems = (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: dir, now: NOW }))
        .problems;
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(problems.map((p) => p.message).join('\n')).not.toContain('从数字报直接粘贴');
    },
  );

  it.skipIf(!seed)('skips the column’s story the archive already has as installment 1', () => {
    const dir = realContent(true);
    const result = runCli(IMPORT, [seed ?? '', '--date', '2026-05-13'], dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(
      /第 1 篇 .*：已在归档中：.*2026-05-13-dangyuan-tiao-daliang（标题相同），跳过/,
    );
    expect(result.output).toContain(
      '已写入 0 篇草稿（draft: true）；5 篇不属于专栏，1 篇已在归档中，没有导入',
    );
    expect(readdirSync(join(dir, 'articles'))).toEqual(['2026-05-13-dangyuan-tiao-daliang']);
  });
});
