import { describe, expect, it } from 'vitest';
import { headlineWords, joinWords, WORD_JOINER } from '../../src/lib/headline-words';

describe('headlineWords', () => {
  it('keeps 管家 whole, with its quotation marks, in the column’s first headline', () => {
    expect(headlineWords('党员带头“挑大梁” 物业“管家”更贴心')).toEqual([
      '党员',
      '带头',
      '“挑',
      '大梁” ',
      '物业',
      '“管家”',
      '更贴心',
    ]);
  });

  it('keeps runs of single characters together: names ICU does not know, and 贴心', () => {
    const words = headlineWords('红城湖国际广场小区8部老旧电梯换新');
    expect(words).toContain('红城湖');
    expect(words).toContain('8部');
    expect(words).toContain('换新');
  });

  it('never starts a group with closing punctuation or ends one with an opening mark', () => {
    for (const headline of [
      '这些“和美小区”是怎样炼成的？',
      '《民法典》进小区（下）：业主说了算！',
      '2023年5月成立，167名党员登记——楼栋长上岗',
    ]) {
      for (const word of headlineWords(headline)) {
        expect(word).not.toMatch(/^[”’》）：，。！？—]/u);
        expect(word).not.toMatch(/[“‘《（]$/u);
      }
    }
  });

  it('gives the text back unchanged when the groups are joined', () => {
    const text = '海口充分发挥基层党组织作用引领和美小区建设 iPhone 用户 55%满意';
    expect(headlineWords(text).join('')).toBe(text);
    expect(headlineWords('')).toEqual([]);
  });
});

describe('joinWords', () => {
  it('puts a word joiner inside each group and none between groups', () => {
    const joined = joinWords('物业“管家”更贴心');
    expect(joined.replaceAll(WORD_JOINER, '')).toBe('物业“管家”更贴心');
    // Between 管 and 家 there is a joiner; between 业 and “ (two groups) there is none.
    expect(joined).toContain(`管${WORD_JOINER}家`);
    expect(joined).toContain('业“');
  });
});
