/** The article schema as the validator runs it: image() is the path string outside Astro. */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article';

export const testArticleSchema = articleSchema((() => z.string()) as unknown as SchemaContext['image']);

/** The messages of a failed parse, keyed by field path. */
export function messagesOf(result: { success: boolean; error?: z.ZodError }): Record<string, string> {
  if (result.success || !result.error) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.') || '(root)', issue.message]),
  );
}

export const validArticle = () => ({
  series: 'hemei-xiaoqu',
  installment: 1,
  slug: '2026-05-13-dangyuan-tiao-daliang',
  kicker: '海口充分发挥基层党组织作用引领和美小区建设',
  headline: '党员带头“挑大梁” 物业“管家”更贴心',
  published: '2026-05-13',
  print: { paper: '海口日报', date: '2026-05-13' },
  bylines: { reporter: ['li-xin'], photographer: ['su-bikun'] },
  districts: ['qiongshan', 'meilan'],
  communities: ['jindao-tianxia'],
  topics: ['lift-renewal'],
  summary: '琼山区一个小区换新了电梯。',
  cover: { src: './cover.jpg', alt: '示意图', caption: '图片说明', credit: '示意图 本站绘制' },
});
