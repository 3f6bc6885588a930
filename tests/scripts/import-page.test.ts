/**
 * npm run import (scripts/import-page.ts): drafts written for the column's
 * stories of a fixture page, that pass the validator; re-imports, other
 * stories, dry runs and mistakes explained.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('writes one draft per article that passes the validator with only reminders', async () => {
    const copy = content();
    const result = runCli(IMPORT, [PAGE, '--date', '2026-06-03'], copy.dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('找到 3 篇文章，已写入 3 篇草稿');
    expect(result.output).toContain('content/people/wu-haisheng.yaml');
    expect(newFolders(copy.dir).sort()).toEqual(SLUGS);

    const installments: number[] = [];
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
      expect(existsSync(join(copy.dir, 'articles', slug, 'cover.jpg'))).toBe(true);
    }
    // The fixture column's highest installment is 5, so the three drafts follow it.
    expect(installments.sort()).toEqual([6, 7, 8]);

    const problems = (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: copy.dir, now: NOW }))
      .problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const mine = problems.filter((p) => SLUGS.some((slug) => p.file.includes(slug)));
    expect(new Set(mine.map((p) => p.field))).toEqual(
      new Set(['summary', 'cover.alt', 'cover.caption', 'cover.credit', 'draft', '正文']),
    );
  });

  it('never overwrites: a second run of the same page writes nothing and exits 1', () => {
    const copy = content();
    expect(runCli(IMPORT, [PAGE, '--date', '2026-06-03'], copy.dir).status).toBe(0);
    const file = join(copy.dir, 'articles', SLUGS[0] ?? '', 'index.mdx');
    copy.write(`articles/${SLUGS[0]}/index.mdx`, '编辑改过的内容');
    const again = runCli(IMPORT, [PAGE, '--date', '2026-06-03'], copy.dir);
    expect(again.status).toBe(1);
    expect(again.output).toContain('已经存在，不会覆盖');
    expect(readFileSync(file, 'utf8')).toBe('编辑改过的内容');
  });

  it('writes a draft with unknown bylines but says what must be fixed and exits 1', () => {
    const copy = content();
    const page = join(copy.dir, 'page.txt');
    copy.write('page.txt', '测试花园小区的新电梯\n\n本报记者 钱无名\n\n琼山区测试花园小区完成了电梯更新。');
    const result = runCli(IMPORT, [page, '--date', '2026-06-05'], copy.dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('钱无名');
    expect(result.output).toContain('署名（bylines）至少要有一位作者');
    const { data } = readMdx(join(copy.dir, 'articles', '2026-06-05-ceshi-huayuan', 'index.mdx'));
    expect(data.bylines).toEqual({});
  });

  it('tries without writing (--dry-run), and explains an empty page, a missing file and a wrong flag', () => {
    const copy = content();
    const dry = runCli(IMPORT, [PAGE, '--dry-run'], copy.dir);
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
