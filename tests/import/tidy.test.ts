/** Pasted text tidied with the importer's rules, markup left alone (src/import/tidy.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyBody } from '../../src/import/tidy';
import { PROJECT_ROOT } from '../support/build-site';

const pasted = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/import/pasted.mdx'), 'utf8');
const body = pasted.slice(pasted.indexOf('\n---\n', 4) + 5);
/** The body starts on this line of the file. */
const FIRST = pasted.slice(0, pasted.indexOf('\n---\n', 4) + 5).split('\n').length;

describe('tidying a pasted body', () => {
  const { body: tidied, changes } = tidyBody(body, FIRST);

  it('joins the sentence a column break cut in two and makes punctuation full-width', () => {
    expect(tidied).toContain(
      '6月20日上午，记者来到琼山区测试花园小区，几位老人正在楼下的小广场上下棋，旁边的孩子们（大多是放暑假的小学生）围着看热闹。',
    );
    expect(tidied).toContain('议事会每月开一次，共1,000多户居民可以报名发言，会议上午9:30开始。');
    expect(tidied).toContain('## 议事会：大家的事大家商量');
  });

  it('leaves imports, components, link targets and digit groups as they are', () => {
    expect(tidied).toContain("import lifts from './cover.jpg';");
    expect(tidied).toContain(
      '<Figure src={lifts} alt="测试插图" caption="议事会现场(资料图)" credit="丁摄影 摄" />',
    );
    expect(tidied).toContain('详情见[小区公告](https://example.cn/notice?a=1,b=2)。');
  });

  it('says what changed at which line of the file', () => {
    expect(changes.map((c) => [c.line, c.kind])).toEqual([
      [FIRST + 3, 'punctuation'],
      [FIRST + 3, 'joined'],
      [FIRST + 5, 'punctuation'],
      [FIRST + 7, 'punctuation'],
      [FIRST + 11, 'punctuation'],
    ]);
    expect(changes[1]?.detail).toBe(
      `第 ${FIRST + 3} 行的“…下的小广场上”和第 ${FIRST + 5} 行的“下棋，旁边的…”`,
    );
    expect(changes[2]?.detail).toBe(', → ，、( → （、) → ）');
  });

  it('changes nothing in a tidy body, and is stable when run again', () => {
    expect(tidyBody(tidied).changes).toEqual([]);
    expect(tidyBody('English text, with (brackets): fine!\n\n第一段。\n\n第二段。').changes).toEqual([]);
  });
});
