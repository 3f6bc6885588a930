/**
 * npm run new (scripts/new-article.ts), driven by flags as it is outside a
 * terminal: the folder it writes passes the article schema and the real
 * validator with only the expected reminders, filling the placeholders makes
 * it clean, it never overwrites, and a wrong id stops it with a Chinese
 * message. Plus the slug and installment proposals it makes.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/lib/dates';
import { validateContent } from '../../src/validation/validate-content';
import { nextInstallment } from '../../scripts/lib/content-index';
import { pinyinWords, proposeSlug, suggestPersonId } from '../../src/lib/slug';
import { FIXTURE_CONTENT, PROJECT_ROOT } from '../support/build-site';
import { copyFixture } from '../support/fixture-copy';
import { testArticleSchema } from '../support/schemas';
import { readMdx, runCli } from './run-cli';

const NEW = 'scripts/new-article.ts';
const NOW = new Date('2026-07-01T00:00:00Z');
const FLAGS = [
  '--headline',
  '电梯换新了 居民笑了',
  '--kicker',
  '测试引题：党员带头',
  '--published',
  '2026-06-20',
  '--district',
  'qiongshan',
  '--community',
  'test-garden',
  '--topic',
  'lift-renewal,metering',
  '--reporter',
  'reporter-a',
  '--reporter',
  'reporter-b',
  '--photographer',
  'photographer-d',
  '--yes',
];
const SLUG = '2026-06-20-dianti-huanxin';

const validate = (contentDir: string) => validateContent({ projectRoot: PROJECT_ROOT, contentDir, now: NOW });
const forFolder = (slug: string) => (problem: { file: string }) =>
  problem.file.includes(`/articles/${slug}/`);

describe('npm run new (flags)', () => {
  it('writes a draft whose frontmatter the article schema accepts', async () => {
    const content = copyFixture();
    const result = runCli(NEW, FLAGS, content.dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`已新建`);
    expect(result.output).toContain('下一步');

    const folder = join(content.dir, 'articles', SLUG);
    expect(readdirSync(folder).sort()).toEqual(['cover.jpg', 'index.mdx']);
    const { data, body } = readMdx(join(folder, 'index.mdx'));
    const parsed = testArticleSchema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toMatchObject({
      series: 'test-column',
      installment: 7, // the fixture column's highest is 6
      slug: SLUG,
      kicker: '测试引题：党员带头',
      headline: '电梯换新了 居民笑了',
      bylines: { reporter: ['reporter-a', 'reporter-b'], photographer: ['photographer-d'] },
      districts: ['qiongshan'],
      communities: ['test-garden'],
      topics: ['lift-renewal', 'metering'],
      draft: true,
      cover: { src: './cover.jpg' },
    });
    expect(parsed.data && isoDay(parsed.data.published)).toBe('2026-06-20');
    const texts = data.cover as Record<string, string>;
    for (const text of [data.summary, texts.alt, texts.caption, texts.credit]) {
      expect(String(text)).toMatch(/^待填写：/);
    }
    expect(body).toContain('待填写：第一段正文');

    const cover = join(folder, 'cover.jpg');
    const meta = await sharp(cover).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1600, 1000]);
    expect(statSync(cover).size).toBeLessThan(40_000);
  });

  it('passes the validator with only the 待填写 and draft reminders, and cleanly once they are filled', async () => {
    const content = copyFixture();
    expect(runCli(NEW, FLAGS, content.dir).status).toBe(0);
    const mine = (await validate(content.dir)).problems.filter(forFolder(SLUG));
    expect(mine.filter((p) => p.severity === 'error')).toEqual([]);
    expect(mine.map((p) => p.field).sort()).toEqual(
      ['cover.src', 'cover.alt', 'cover.caption', 'cover.credit', 'draft', 'summary', '正文'].sort(),
    );
    expect(mine.find((p) => p.field === 'cover.src')?.message).toContain('灰色占位图');
    expect(mine.find((p) => p.field === 'summary')?.message).toContain('待填写');
    expect(mine.find((p) => p.field === '正文')?.message).toMatch(/正文里还有 3 处/);

    const file = `articles/${SLUG}/index.mdx`;
    const filled = readFileSync(join(content.dir, file), 'utf8')
      .replace(/summary: 待填写：.*/, 'summary: 测试花园小区换上了新电梯。')
      .replace(/alt: 待填写：.*/, 'alt: 灰色的测试图片')
      .replace(/caption: 待填写：.*/, 'caption: 测试图片说明')
      .replace(/credit: 待填写：.*/, 'credit: 丁摄影 摄')
      .replace('draft: true', 'draft: false')
      .replace(/^(## )?待填写：.*$/gm, (_, heading: string | undefined) => `${heading ?? ''}测试正文。`);
    content.write(file, filled);
    // Every text filled in, but the photo is still the grey placeholder: it must not be published.
    const placeholder = (await validate(content.dir)).problems.filter(forFolder(SLUG));
    expect(placeholder).toMatchObject([{ field: 'cover.src', value: './cover.jpg', severity: 'error' }]);
    expect(placeholder[0]?.message).toContain('换成真实照片，或删除封面字段（cover）发布无图报道');

    copyFileSync(
      join(FIXTURE_CONTENT, 'articles/2026-05-13-first-story/cover.jpg'),
      join(content.dir, 'articles', SLUG, 'cover.jpg'),
    );
    expect((await validate(content.dir)).problems.filter(forFolder(SLUG))).toEqual([]);
  });

  it('writes a story without a photo with --no-photo: no cover field, no placeholder file', async () => {
    const content = copyFixture();
    const result = runCli(NEW, [...FLAGS, '--no-photo'], content.dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('无图报道');
    const folder = join(content.dir, 'articles', SLUG);
    expect(readdirSync(folder)).toEqual(['index.mdx']);
    const { data } = readMdx(join(folder, 'index.mdx'));
    expect(data).not.toHaveProperty('cover');
    expect(testArticleSchema.safeParse(data).error?.issues ?? []).toEqual([]);

    const mine = (await validate(content.dir)).problems.filter(forFolder(SLUG));
    expect(mine.map((p) => p.field).sort()).toEqual(['draft', 'summary', '正文'].sort());
    const file = `articles/${SLUG}/index.mdx`;
    const filled = readFileSync(join(content.dir, file), 'utf8')
      .replace(/summary: 待填写：.*/, 'summary: 测试花园小区换上了新电梯。')
      .replace('draft: true', 'draft: false')
      .replace(/^(## )?待填写：.*$/gm, (_, heading: string | undefined) => `${heading ?? ''}测试正文。`);
    content.write(file, filled);
    expect((await validate(content.dir)).problems.filter(forFolder(SLUG))).toEqual([]);
  });

  it('never overwrites an existing folder', () => {
    const content = copyFixture();
    expect(runCli(NEW, FLAGS, content.dir).status).toBe(0);
    const file = join(content.dir, 'articles', SLUG, 'index.mdx');
    writeFileSync(file, '编辑改过的内容');

    const again = runCli(NEW, FLAGS, content.dir);
    expect(again.status).toBe(1);
    expect(again.output).toContain('已经存在，不会覆盖');
    expect(again.output).toContain('没有写入任何文件');
    expect(readFileSync(file, 'utf8')).toBe('编辑改过的内容');

    // A folder with only photos in it is someone's work too.
    mkdirSync(join(content.dir, 'articles', '2026-06-21-dianti-huanxin'));
    const photosOnly = runCli(NEW, [...FLAGS, '--published', '2026-06-21'], content.dir);
    expect(photosOnly.status).toBe(1);
    expect(readdirSync(join(content.dir, 'articles', '2026-06-21-dianti-huanxin'))).toEqual([]);
  });

  it('stops on an unknown district with a Chinese message that lists what exists', () => {
    const content = copyFixture();
    const args = FLAGS.map((flag) => (flag === 'qiongshan' ? 'qiongshn' : flag));
    const result = runCli(NEW, args, content.dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('districts[0]（--district）');
    expect(result.output).toContain(
      '没有编号为 qiongshn 的区。可用的有：longhua、meilan、qiongshan、xiuying',
    );
    expect(result.output).toContain('没有写入任何文件：1 个错误');
    expect(existsSync(join(content.dir, 'articles', SLUG))).toBe(false);
  });

  it('reports missing values and unknown flags in Chinese', () => {
    const content = copyFixture();
    const missing = runCli(
      NEW,
      ['--district', 'qiongshan', '--reporter', 'nobody', '--published', '六月', '--yes'],
      content.dir,
    );
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('缺少主标题（headline）');
    expect(missing.output).toContain('话题（topics）至少写一个');
    expect(missing.output).toContain('没有编号为 nobody 的人员');
    expect(missing.output).toContain('published（--published）  "六月"');
    expect(missing.output).toContain('发布日期（published）应写成 年-月-日');

    const typo = runCli(NEW, ['--headlin', '标题'], content.dir);
    expect(typo.status).toBe(2);
    expect(typo.output).toContain('不认识的参数 --headlin');
    expect(typo.output).toContain('用法：npm run new');
  });
});

describe('the proposals npm run new makes', () => {
  it('proposes an ASCII slug: the date and about four syllables of the headline', () => {
    expect(proposeSlug('电梯更新换新颜', '2026-05-20')).toBe('2026-05-20-dianti-gengxin');
    expect(proposeSlug('党员带头“挑大梁” 物业“管家”更贴心', '2026-05-13')).toBe('2026-05-13-dangyuan-daitou');
    expect(proposeSlug('绿色小区', '2026-05-13')).toBe('2026-05-13-lvse-xiaoqu');
    expect(proposeSlug('“微改造”让老小区换新颜', '2026-06-03')).toBe('2026-06-03-weigai-zao-ranglao');
    for (const headline of ['老旧小区焕新颜 3部电梯换新', '抄表到户：居民用电更省心！', 'cdf中免关爱医护']) {
      const slug = proposeSlug(headline, '2026-05-13');
      expect(slug).toMatch(/^2026-05-13(-[a-z0-9]+)+$/);
      expect(slug.split('-').length - 3).toBeLessThanOrEqual(3);
    }
    expect(pinyinWords('3部电梯')).toEqual([['3'], ['bu', 'dian'], ['ti']]);
  });

  it('proposes person ids and the next installment number', () => {
    expect(suggestPersonId('王晓燕')).toBe('wang-xiaoyan');
    expect(suggestPersonId('吕布')).toBe('lv-bu');
    const article = (series: string, installment: number) => ({
      file: 'x',
      data: { series, installment, slug: 'x', districts: [], communities: [], topics: [], bylines: {} },
    });
    const articles = [article('a', 1), article('a', 7), article('b', 9), article('a', NaN)];
    expect(nextInstallment({ articles }, 'a')).toBe(8);
    expect(nextInstallment({ articles }, 'new-column')).toBe(1);
  });
});
