/**
 * A reminder where an installment's body looks pasted from the digital
 * edition: sentences a column break cut in two, or half-width punctuation in
 * Chinese text. Exactly what `npm run tidy` would change (src/import/tidy.ts).
 */
import { tidyBody } from '../import/tidy';
import type { Problem } from '../lib/problems';
import type { ReadEntry } from './read-entry';

/** Lines as 第 3、8、12 行, at most eight of them. */
const lineList = (lines: readonly number[]) =>
  `第 ${lines.slice(0, 8).join('、')}${lines.length > 8 ? ' 等' : ''} 行`;

export function pastedTextReminder(file: string, entry: ReadEntry): Problem[] {
  const { changes } = tidyBody(entry.body, entry.bodyLine);
  if (changes.length === 0) return [];
  const lines = (kind: 'joined' | 'punctuation') => [
    ...new Set(changes.filter((c) => c.kind === kind).map((c) => c.line)),
  ];
  const joined = lines('joined');
  const punctuation = lines('punctuation');
  const what = [
    joined.length > 0 ? `${lineList(joined)}的句子像是被分栏拆开了（句子没说完就换了段）` : '',
    punctuation.length > 0 ? `${lineList(punctuation)}的中文里有半角标点（, : ; ? ! ( )）` : '',
  ].filter(Boolean);
  return [
    {
      file,
      line: changes[0]?.line,
      field: '正文',
      value: undefined,
      severity: 'warning',
      message: `正文像是从数字报直接粘贴的：${what.join('；')}。运行 npm run tidy -- ${file} 自动整理（会显示改了哪些地方）`,
    },
  ];
}
