import { z } from 'astro/zod';
import { calendarDate, fields, requiredText } from './common';

/**
 * A column （专栏）. The MDX body is its editor's note （开栏的话）.
 * Folder name = id, e.g. content/series/hemei-xiaoqu/index.mdx.
 */
export const seriesSchema = fields({
  /** Column title without book-title marks, e.g. 这些“和美小区”是怎样炼成的？ */
  title: requiredText('专栏名称（title）'),
  /** Newspaper that runs the column, e.g. 海口日报. */
  paper: requiredText('报纸名称（paper）', '例如 海口日报'),
  /** Date the first installment ran. */
  started: calendarDate('开栏日期（started）'),
  /** One or two sentences about the column, for lists, search results and meta tags. */
  summary: requiredText('专栏简介（summary）').refine((v) => [...v].length <= 120, {
    error: '专栏简介（summary）最多 120 个字；请删短',
  }),
  /** Heading shown above the editor's note, normally 开栏的话. */
  noteHeading: requiredText('开栏的话标题（noteHeading）').default('开栏的话'),
});

export type Series = z.output<typeof seriesSchema>;
