/**
 * Reads the plain text of a newspaper page, as the paper's digital edition
 * gives it, and splits it into article drafts for `npm run import`.
 *
 * Pure: text and the archive's known people, districts, communities and
 * topics in; drafts out, each with a report of what could not be told. The
 * parts, in the order they run:
 *
 * - fragments.ts: hard wraps and column breaks undone, punctuation.ts:
 *   half-width punctuation made full-width;
 * - stories.ts: each line classified (heading, paragraph, byline, credit,
 *   dateline) and the stories found: one to three heading lines （引题、主标题、
 *   副题） followed by a byline or a dateline, maybe past photos;
 * - column.ts: the column's banner taken out, and the story under it marked
 *   as the column's;
 * - bylines.ts: names by role from bylines `本报记者 甲 乙`, datelines
 *   `本报5月12日讯（记者 甲 通讯员 乙）` and credits `… 摄`, matched to people on file;
 * - draft.ts: one draft per story: headings, photos, body with sub-heads,
 *   date, and the districts, communities and topics its text names.
 */
import { storiesInColumn, takeBanners } from './column';
import { buildDraft } from './draft';
import { joinWrappedLines } from './fragments';
import { classify, findArticles, type Dateline } from './stories';
import type { ImportContext, ImportedPage, ReportItem } from './types';

export type * from './types';
export { PLACEHOLDER } from '../lib/placeholder';

/** Splits a newspaper page into article drafts, each marked as the column's or not. */
export function parsePage(text: string, context: ImportContext): ImportedPage {
  const { items, banners } = takeBanners(classify(joinWrappedLines(text)), context.column);
  const spans = findArticles(items);
  const inColumn = storiesInColumn(spans, banners);
  const report: ReportItem[] = [];
  const before = spans[0]?.from ?? items.length;
  if (before > 0) {
    const first = items[0]?.text ?? '';
    report.push({
      field: '版面开头',
      value: [...first].length > 20 ? `${[...first].slice(0, 20).join('')}…` : first,
      message: `版面开头有 ${before} 行不属于任何一篇带署名或电头的文章（可能是开栏的话或版面标题），没有导入；需要的话请手工处理`,
    });
  }
  const pageDateline = items.find((item): item is Dateline => item.kind === 'dateline' && Boolean(item.day));
  return {
    drafts: spans.map((span, n) => ({
      ...buildDraft(items, span, pageDateline, context),
      inColumn: inColumn[n] ?? false,
    })),
    columnFound: banners.length > 0,
    report,
  };
}
