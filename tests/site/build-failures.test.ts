/**
 * Bad content stops `astro build` with a Chinese message naming the file and
 * the field, and nothing is written.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { copyFixture, FIRST_ARTICLE, SECOND_ARTICLE } from '../support/fixture-copy';

const FIRST_FILE = 'articles/2026-05-13-first-story/index.mdx';

describe('a build with bad content', () => {
  it.each([
    {
      what: 'an unknown district',
      breakIt: (c: ReturnType<typeof copyFixture>) =>
        c.edit(FIRST_ARTICLE, 'districts: [qiongshan]', 'districts: [qiongshn]'),
      field: 'districts[0]',
      message: '没有编号为 qiongshn 的区',
    },
    {
      what: 'an unknown person',
      breakIt: (c: ReturnType<typeof copyFixture>) =>
        c.edit(FIRST_ARTICLE, 'photographer: [photographer-d]', 'photographer: [nobody]'),
      field: 'bylines.photographer[0]',
      message: '没有编号为 nobody 的人员',
    },
    {
      what: 'a duplicate installment number',
      breakIt: (c: ReturnType<typeof copyFixture>) =>
        c.edit(SECOND_ARTICLE, 'installment: 2', 'installment: 1'),
      field: 'installment',
      message: '的第 1 期与',
    },
    {
      what: 'a cover without alt text',
      breakIt: (c: ReturnType<typeof copyFixture>) => c.edit(FIRST_ARTICLE, /\n {2}alt: .*\n/, '\n'),
      field: 'cover.alt',
      message: '缺少封面照片（cover）的替代文字（alt）',
    },
  ])('fails on $what, naming file and field', ({ breakIt, field, message }) => {
    const content = copyFixture();
    breakIt(content);
    const result = buildSite(content.dir);
    expect(result.ok).toBe(false);
    expect(result.status).not.toBe(0);
    const line = result.output.split('\n').find((l) => l.includes(` ${field} `) || l.endsWith(` ${field}`));
    expect(line, result.output).toBeDefined();
    expect(line).toMatch(/articles\/2026-0[56]-\d\d-[a-z-]+\/index\.mdx:\d+/);
    expect(result.output).toContain(message);
    expect(result.output).toContain('构建已停止');
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('reports every problem of a run, not only the first', () => {
    const content = copyFixture();
    content.edit(FIRST_ARTICLE, 'districts: [qiongshan]', 'districts: [qiongshn]');
    content.edit(FIRST_ARTICLE, 'topics: [lift-renewal]', 'topics: [lifts]');
    content.edit(SECOND_ARTICLE, 'slug: 2026-06-01-citywide-story', 'slug: 2026-05-13-first-story');
    content.edit('communities/test-harbour.yaml', 'district: meilan', 'district: 美兰区');
    const result = buildSite(content.dir);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('没有编号为 qiongshn 的区');
    expect(result.output).toContain('没有编号为 lifts 的话题');
    expect(result.output).toContain('网址名 2026-05-13-first-story 与');
    expect(result.output).toContain('communities/test-harbour.yaml:2  district  "美兰区"');
    expect(result.output).toMatch(/内容检查未通过：5 个错误/);
    expect(result.output).toContain(FIRST_FILE);
  });

  it('fails when a cover image is missing, naming the file', () => {
    const content = copyFixture();
    content.edit(FIRST_ARTICLE, 'src: ./cover.jpg', 'src: ./missing.jpg');
    const result = buildSite(content.dir);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/index\.mdx:\d+ {2}cover\.src {2}"\.\/missing\.jpg"/);
    expect(result.output).toContain('封面图片找不到或无法读取');
  });

  it('fails when a body photo lacks its credit', () => {
    const content = copyFixture();
    content.edit(FIRST_ARTICLE, ' credit="丁摄影 摄" />', ' />');
    const result = buildSite(content.dir);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/index\.mdx:\d+ {2}<Figure> credit/);
    expect(result.output).toContain('正文里的照片缺少署名（credit）');
  });
});
