import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/search-query';

const fold = (text: string) => text.replace(/電/g, '电').replace(/區/g, '区');
const pinyin = (word: string) => ({ dianti: '电梯', hchgjgc: '红城湖国际广场' })[word];

describe('parseQuery', () => {
  it('folds traditional characters before cutting the query', () => {
    const query = parseQuery('電梯', { fold });
    expect(query.text).toBe('电梯');
    expect(query.runs.map((run) => run.text)).toEqual(['电梯']);
  });

  it('reads a pinyin word as the name it spells and says so', () => {
    const query = parseQuery('dianti', { fold, pinyin });
    expect(query.text).toBe('电梯');
    expect(query.readings).toEqual([{ pinyin: 'dianti', chinese: '电梯' }]);
    expect(parseQuery('HCHGJGC', { pinyin }).text).toBe('红城湖国际广场');
  });

  it('keeps a Latin word that spells no name', () => {
    expect(parseQuery('A03', { pinyin }).runs.map((run) => run.text)).toEqual(['a03']);
  });

  it('cuts at spaces and marks, drops repeats and empty stretches', () => {
    const query = parseQuery('抄表 金岛天下，抄表 “”');
    expect(query.runs.map((run) => run.text)).toEqual(['抄表', '金岛天下']);
    expect(parseQuery('  ，。 ').runs).toEqual([]);
  });

  it('keeps quotation marks out of the terms: "物业管家" is searched like 物业管家', () => {
    expect(parseQuery('“物业管家”').runs).toEqual(parseQuery('物业管家').runs);
  });

  it('full-width letters and digits are searched half-width', () => {
    expect(parseQuery('５５米').runs[0]!.text).toBe('55米');
  });
});
