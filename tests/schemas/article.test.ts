import { describe, expect, it } from 'vitest';
import { messagesOf, testArticleSchema, validArticle } from '../support/schemas';

const parse = (data: unknown) => testArticleSchema.safeParse(data);

describe('article schema', () => {
  it('accepts a complete installment and fills the defaults', () => {
    const result = parse(validArticle());
    expect(result.success).toBe(true);
    expect(result.data?.draft).toBe(false);
    expect(result.data?.corrections).toEqual([]);
    // The start of 13 May in Haikou, whatever the build machine's time zone.
    expect(result.data?.published).toEqual(new Date('2026-05-12T16:00:00Z'));
  });

  it.each([
    ['a day February does not have', '2026-02-30', '2026 年 2 月只有 28 天，没有 30 日'],
    ['a thirteenth month', '2026-13-40', '一年只有 12 个月，没有 13 月'],
    ['slashes', '2026/05/13', '这里应写成 2026-05-13'],
    ['a one-digit month', '2026-5-13', '这里应写成 2026-05-13'],
    ['Chinese date words', '2026年5月13日', '这里应写成 2026-05-13'],
    ['a date with a time', '2026-05-13T08:00', '应写成 年-月-日'],
  ])('rejects %s as the publication date, naming the right form', (_what, published, message) => {
    const messages = messagesOf(parse({ ...validArticle(), published }));
    expect(messages.published).toContain('发布日期（published）');
    expect(messages.published).toContain(message);
  });

  it('reads a YAML date (from Astro’s own loader) as the same Haikou day', () => {
    const result = parse({ ...validArticle(), published: new Date('2026-05-13') });
    expect(result.data?.published).toEqual(new Date('2026-05-12T16:00:00Z'));
  });

  it.each([
    ['a missing headline', { headline: undefined }, 'headline', '缺少主标题（headline）'],
    ['an empty headline', { headline: '  ' }, 'headline', '主标题（headline）不能为空'],
    ['a Chinese slug', { slug: '党员带头' }, 'slug', '网址名（slug）只能用英文小写字母、数字和连字符'],
    ['an installment of 0', { installment: 0 }, 'installment', '期数（installment）应是正整数'],
    ['a bad date', { published: '5月13日' }, 'published', '发布日期（published）应写成 年-月-日'],
    ['no topics', { topics: [] }, 'topics', '话题（topics）至少写一个'],
    ['no districts', { districts: [] }, 'districts', '所属区（districts）至少写一个区'],
    [
      'citywide beside a district',
      { districts: ['citywide', 'meilan'] },
      'districts',
      'citywide（全市）不能和具体的区同时出现',
    ],
    ['a district written in Chinese', { districts: ['琼山区'] }, 'districts.0', '不要写中文名称'],
    ['no byline at all', { bylines: {} }, 'bylines', '署名（bylines）至少要有一位作者'],
    [
      'a page number in words',
      { print: { paper: '海口日报', date: '2026-05-13', page: '第三版' } },
      'print.page',
      '版次（print.page）应写成版面号',
    ],
  ])('rejects %s with a Chinese message on the field', (_what, change, field, message) => {
    const messages = messagesOf(parse({ ...validArticle(), ...change }));
    expect(messages[field]).toContain(message);
  });

  it('rejects a summary over 120 characters, counting Chinese characters as one', () => {
    const ok = parse({ ...validArticle(), summary: '字'.repeat(120) });
    expect(ok.success).toBe(true);
    const messages = messagesOf(parse({ ...validArticle(), summary: '字'.repeat(121) }));
    expect(messages.summary).toBe('摘要（summary）最多 120 个字，现在有 121 个字；请删短');
  });

  it('accepts an installment without a cover: a story printed without a photo', () => {
    const withoutCover: Record<string, unknown> = validArticle();
    delete withoutCover.cover;
    const result = parse(withoutCover);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.cover).toBeUndefined();
  });

  it('still wants all of a cover that is there: a cover with only its file is refused', () => {
    const messages = messagesOf(parse({ ...validArticle(), cover: { src: './cover.jpg' } }));
    expect(Object.keys(messages).sort()).toEqual(['cover.alt', 'cover.caption', 'cover.credit']);
  });

  it.each(['alt', 'caption', 'credit'] as const)('requires the cover %s', (field) => {
    const cover: Record<string, string> = { ...validArticle().cover };
    delete cover[field];
    const messages = messagesOf(parse({ ...validArticle(), cover }));
    expect(messages[`cover.${field}`]).toMatch(/^缺少封面照片（cover）的/);
  });

  it('names a misspelt field instead of ignoring it', () => {
    const messages = messagesOf(parse({ ...validArticle(), headlin: '错字' }));
    expect(messages['(root)']).toMatch(
      /^不认识的字段：headlin；文章信息（frontmatter）里能写的字段只有 series、installment、.*headline/,
    );
  });

  it('accepts a correction and rejects one without text', () => {
    expect(
      parse({ ...validArticle(), corrections: [{ date: '2026-05-20', text: '更正内容' }] }).success,
    ).toBe(true);
    const messages = messagesOf(parse({ ...validArticle(), corrections: [{ date: '2026-05-20' }] }));
    expect(messages['corrections.0.text']).toBe('缺少更正内容（corrections.text）');
  });

  it('publishes straight quotes an editor typed as Chinese quotation marks', () => {
    const result = parse({
      ...validArticle(),
      headline: '物业"管家"更贴心',
      summary: '居民说"有事找党员"。',
      cover: { ...validArticle().cover, caption: '"和美小区"一角' },
    });
    expect(result.data?.headline).toBe('物业“管家”更贴心');
    expect(result.data?.summary).toBe('居民说“有事找党员”。');
    expect(result.data?.cover?.caption).toBe('“和美小区”一角');
  });
});
