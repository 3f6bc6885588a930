import { describe, expect, it } from 'vitest';
import {
  mergePhraseFirst,
  paramsFromState,
  phraseQuery,
  searchableQuery,
  stateFromParams,
  type SearchState,
} from '../../src/lib/search-ranking';

describe('phraseQuery', () => {
  it('quotes each word so Pagefind matches it exactly', () => {
    expect(phraseQuery('府城街道')).toBe('"府城街道"');
    expect(phraseQuery(' 府城街道  电梯 ')).toBe('"府城街道" "电梯"');
  });

  it('does not double the quotes a reader typed', () => {
    expect(phraseQuery('“府城街道”')).toBe('"府城街道"');
    expect(phraseQuery('"电梯"')).toBe('"电梯"');
    expect(phraseQuery('  ')).toBe('');
  });
});

describe('searchableQuery', () => {
  it('takes 小区 off the end or start of a name, where it tells nothing apart', () => {
    expect(searchableQuery('红城湖国际广场小区')).toBe('红城湖国际广场');
    expect(searchableQuery('二所小区')).toBe('二所');
    expect(searchableQuery('小区党支部')).toBe('党支部');
    expect(searchableQuery('抄表 金岛天下小区')).toBe('抄表 金岛天下');
  });

  it('drops a term that is only 小区 when other terms remain', () => {
    expect(searchableQuery('电梯 小区')).toBe('电梯');
    expect(searchableQuery('小区')).toBe('小区');
    expect(searchableQuery('小区 小区')).toBe('小区 小区');
  });

  it('never leaves less than two characters, and never cuts inside a term', () => {
    expect(searchableQuery('老小区')).toBe('老小区');
    expect(searchableQuery('和美小区建设')).toBe('和美小区建设');
    expect(searchableQuery('  府城街道  ')).toBe('府城街道');
  });
});

describe('mergePhraseFirst', () => {
  it('puts exact-phrase results first and lists each page once', () => {
    const phrase = [{ id: 'c' }, { id: 'a' }];
    const words = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(mergePhraseFirst(phrase, words).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('search state in the URL', () => {
  it('reads the defaults from an empty query string: brief index, relevance', () => {
    expect(stateFromParams(new URLSearchParams(''))).toEqual({
      query: '',
      filters: {},
      sort: 'relevance',
      scope: 'brief',
    });
  });

  it('round-trips query, filters, sort and scope', () => {
    const state: SearchState = {
      query: '电梯',
      filters: { district: ['琼山区', '美兰区'], year: ['2026年'] },
      sort: 'newest',
      scope: 'full',
    };
    const params = paramsFromState(state);
    expect(params.toString()).toBe(
      new URLSearchParams([
        ['q', '电梯'],
        ['district', '琼山区'],
        ['district', '美兰区'],
        ['year', '2026年'],
        ['sort', 'newest'],
        ['scope', 'full'],
      ]).toString(),
    );
    expect(stateFromParams(params)).toEqual(state);
  });

  it('ignores values it does not know instead of failing', () => {
    const state = stateFromParams(new URLSearchParams('q=%20小区%20&sort=oldest&scope=everything&color=red'));
    expect(state).toEqual({ query: '小区', filters: {}, sort: 'relevance', scope: 'brief' });
  });
});
