import { describe, expect, it } from 'vitest';
import { creditedBylines, creditsPhotographer } from '../../src/lib/photo-credits';

const NAMES: Record<string, string> = {
  'li-xin': '李欣',
  'su-bikun': '苏弼坤',
  ding: '丁摄影',
  zhou: '周慧',
};
const nameOf = (id: string) => NAMES[id] ?? id;

describe('creditsPhotographer', () => {
  it.each([
    ['本报记者 苏弼坤 摄', true],
    ['摄影：苏弼坤', true],
    ['本报记者苏弼坤摄', true],
    ['示意图 本站绘制', false],
    ['示意图 苏弼坤 绘', false],
    ['本报记者 李欣 摄', false],
  ])('%s credits 苏弼坤: %s', (credit, expected) => {
    expect(creditsPhotographer(credit, '苏弼坤')).toBe(expected);
  });

  it('does not take the 摄 in a name for a photo credit', () => {
    expect(creditsPhotographer('丁摄影 摄', '丁摄影')).toBe(true);
    expect(creditsPhotographer('丁摄影 绘', '丁摄影')).toBe(false);
  });
});

describe('creditedBylines', () => {
  const bylines = { reporter: ['li-xin'], photographer: ['su-bikun'] };

  it('drops the photographer when the only picture is an illustration credited 示意图', () => {
    expect(creditedBylines(bylines, ['示意图 本站绘制'], nameOf)).toEqual({ reporter: ['li-xin'] });
  });

  it('keeps the photographer a photo in the body credits, and only them', () => {
    expect(
      creditedBylines(
        { ...bylines, photographer: ['su-bikun', 'zhou'] },
        ['示意图', '本报记者 周慧 摄'],
        nameOf,
      ),
    ).toEqual({ reporter: ['li-xin'], photographer: ['zhou'] });
  });

  it('never drops a reporter, even one the credits do not name', () => {
    expect(creditedBylines({ reporter: ['li-xin'] }, [], nameOf)).toEqual({ reporter: ['li-xin'] });
  });
});
