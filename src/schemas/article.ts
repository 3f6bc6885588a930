import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { BYLINE_ROLES } from './byline-role';
import { boundedText, calendarDate, fields, idRef, requiredText, SLUG_PATTERN } from './common';
import { photoSchema } from './photo';

/** The id that stands for a city-wide story instead of a district. */
export const CITYWIDE = 'citywide';

/** Longest summary, in characters: lists, search results and meta descriptions show it whole. */
export const SUMMARY_MAX = 120;

const personList = (roleLabel: string) =>
  z
    .array(idRef(`${roleLabel}`), { error: `${roleLabel}应是人员编号的列表，例如 [li-xin]` })
    .min(1, { error: `${roleLabel}不能是空列表；没有就删掉这一行` });

/**
 * One installment of a column. Lives at content/articles/<folder>/index.mdx
 * with its photos beside it.
 */
export function articleSchema(image: SchemaContext['image']) {
  return fields(
    {
      /** Id of the column this installment belongs to, e.g. hemei-xiaoqu (see content/series/). */
      series: idRef('所属专栏（series）'),
      /** Installment number （第N期）， unique within the column. */
      installment: z
        .number({ error: '期数（installment）应是正整数，例如 1' })
        .int({ error: '期数（installment）应是正整数，例如 1' })
        .positive({ error: '期数（installment）应是正整数，例如 1' }),
      /** URL slug: lowercase pinyin or date with hyphens, e.g. 2026-05-13-dangyuan-tiao-daliang. */
      slug: z
        .string({ error: '缺少网址名（slug）：请用拼音或日期，例如 2026-05-13-dangyuan-tiao-daliang' })
        .regex(SLUG_PATTERN, {
          error:
            '网址名（slug）只能用英文小写字母、数字和连字符，不能有中文或空格，例如 2026-05-13-dangyuan-tiao-daliang',
        }),
      /** Kicker （引题）， the line above the headline; optional. */
      kicker: requiredText('引题（kicker）').optional(),
      /** Headline （主标题）. */
      headline: requiredText('主标题（headline）'),
      /** Subtitle （副题）， the line below the headline; optional. */
      subtitle: requiredText('副题（subtitle）').optional(),
      /** Publication date, YYYY-MM-DD. */
      published: calendarDate('发布日期（published）'),
      /** Date of the last substantive update, YYYY-MM-DD; optional. */
      updated: calendarDate('更新日期（updated）').optional(),
      /** Where it ran in print: paper, date and page （版次）； optional. */
      print: fields(
        {
          /** Newspaper name, e.g. 海口日报. */
          paper: requiredText('报纸名称（print.paper）', '例如 海口日报'),
          /** Print date, YYYY-MM-DD. */
          date: calendarDate('见报日期（print.date）'),
          /** Page （版次）， e.g. A03; optional when unknown. */
          page: z
            .string({ error: '版次（print.page）应写成版面号，例如 A03' })
            .regex(/^[A-Z]?\d{1,3}$/, { error: '版次（print.page）应写成版面号，例如 A03 或 5' })
            .optional(),
        },
        '见报信息（print）',
      ).optional(),
      /** Bylines by role, each a list of person ids (see content/people/). */
      bylines: fields(
        {
          /** Staff reporters （本报记者）. */
          reporter: personList('本报记者（bylines.reporter）').optional(),
          /** Special correspondents （特约记者）. */
          'special-correspondent': personList('特约记者（bylines.special-correspondent）').optional(),
          /** Correspondents （通讯员）. */
          correspondent: personList('通讯员（bylines.correspondent）').optional(),
          /** Photographers （摄）. */
          photographer: personList('摄影（bylines.photographer）').optional(),
        },
        '署名（bylines）',
      ).refine((b) => BYLINE_ROLES.some((role) => (b[role]?.length ?? 0) > 0), {
        error: '署名（bylines）至少要有一位作者，例如 reporter: [li-xin]',
      }),
      /** District ids the story is about (see content/districts/), or [citywide] for 全市. */
      districts: z
        .array(idRef('所属区（districts）'), {
          error: '所属区（districts）应是列表，例如 [qiongshan] 或 [citywide]',
        })
        .min(1, { error: '所属区（districts）至少写一个区；全市性的报道写 [citywide]' })
        .refine((ids) => !ids.includes(CITYWIDE) || ids.length === 1, {
          error: 'citywide（全市）不能和具体的区同时出现；二选一',
        }),
      /** Community ids it reports on (see content/communities/); may be empty. */
      communities: z
        .array(idRef('小区（communities）'), { error: '小区（communities）应是列表，例如 [jindao-tianxia]' })
        .default([]),
      /** Topic ids, at least one (see content/topics/). */
      topics: z
        .array(idRef('话题（topics）'), { error: '话题（topics）应是列表，例如 [lift-renewal]' })
        .min(1, { error: '话题（topics）至少写一个，例如 [party-building]' }),
      /** Summary for lists, search results and meta tags, at most 120 characters. */
      summary: boundedText('摘要（summary）', SUMMARY_MAX),
      /** Cover photo with alt text, caption and credit; leave the field out for a story printed without a photo. */
      cover: photoSchema(image, '封面照片（cover）').optional(),
      /** true keeps the installment out of the published site. */
      draft: z.boolean({ error: '草稿（draft）只能是 true 或 false' }).default(false),
      /** Published corrections （更正）， each with its date and text. */
      corrections: z
        .array(
          fields(
            {
              /** Date the correction was published, YYYY-MM-DD. */
              date: calendarDate('更正日期（corrections.date）'),
              /** What was wrong and what is right. */
              text: requiredText('更正内容（corrections.text）'),
            },
            '每条更正',
          ),
          { error: '更正（corrections）应是列表，每条写 date 和 text' },
        )
        .default([]),
    },
    '文章信息（frontmatter）',
  );
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;

/**
 * An article as the content store holds it: the frontmatter above plus what the article
 * loader reads from the body (src/loaders/article-loader.ts). Editors never write these fields.
 */
export function articleEntrySchema(image: SchemaContext['image']) {
  return articleSchema(image).extend({
    /** Photos the body imports, by the path in its import line (`./lifts.jpg`); filled in by the loader. */
    photos: z.record(z.string(), image()).default({}),
    /** The credit of each <Figure> in the body, in order; filled in by the loader. */
    figureCredits: z.array(z.string()).default([]),
  });
}
