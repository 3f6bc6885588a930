/** Column-break fragments joined and punctuation made full-width (src/import/fragments.ts, punctuation.ts). */
import { describe, expect, it } from 'vitest';
import { continues, joinWrappedLines } from '../../src/import/fragments';
import { toFullWidth } from '../../src/import/punctuation';

describe('column-break fragments', () => {
  it('undoes hard wraps but keeps heading lines with commas apart', () => {
    const lines = joinWrappedLines(
      '小区变美了，居民笑了\n党员带头办实事\n\n这一段话，写到一半\n\n接着写完。\r\n下一段。',
    );
    expect(lines.map((l) => l.text)).toEqual([
      '小区变美了，居民笑了',
      '党员带头办实事',
      '这一段话，写到一半接着写完。',
      '下一段。',
    ]);
  });

  it('joins only running text that stops mid-sentence, never onto a heading or a byline', () => {
    expect(continues('居民们说，楼里的老电梯', '时常停运。')).toBe(true);
    expect(continues('居民们说，楼里的老电梯时常停运。', '新电梯来了。')).toBe(false);
    expect(continues('居民们说，楼里的老电梯', '本报记者 甲记者')).toBe(false);
    expect(continues('电梯更新有了主心骨', '议事会里商量')).toBe(false);
  });
});

describe('full-width punctuation', () => {
  it('converts half-width marks but keeps digit groups and times', () => {
    expect(toFullWidth('共1,000户,10:30开会(全体);对吗?好!')).toBe(
      '共1,000户，10:30开会（全体）；对吗？好！',
    );
  });
});
