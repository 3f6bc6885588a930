import { describe, expect, it } from 'vitest';
import { decodeWords, indexWords, PLACEHOLDER_WORD, runsOf, runTerms } from '../../src/lib/search-text';

describe('index words', () => {
  it('hold the character and the two after it at every place, shorter and marked at the end of a run', () => {
    expect(indexWords('红城湖国际')).toEqual(['红城湖', '城湖国', '湖国际', '国际ᐁ', '际ᐁ']);
  });

  it('never hold a term that a query term starts with (Pagefind would match it instead)', () => {
    const text = '物业管家更贴心，167名党员、55米长的彩绘墙。电梯';
    const indexed = indexWords(text).map((word) => word.replace(/`.*$/, '').toLowerCase());
    const queries = ['管家更', '167名', '55米', '电梯', '梯', '167', '党员', '电梯间', '心灵'];
    for (const query of queries)
      for (const { term } of runTerms(runsOf(query)[0]!).terms)
        for (const word of indexed)
          if (word && word !== term) expect(term.startsWith(word), `${word} ⊏ ${term}`).toBe(false);
  });

  it('give the reader’s text back, marks and spaces included', () => {
    const text =
      '5月12日上午，记者走进琼山区红城湖国际广场小区。党员带头“挑大梁” 物业“管家”更贴心（AI 助手）A03版';
    expect(decodeWords(indexWords(text))).toBe(text);
  });

  it('keep quotation marks inside a run, so 物业“管家” is one stretch', () => {
    const words = indexWords('物业“管家”更贴心');
    expect(words[0]).toBe('物业管');
    expect(words[1]).toMatch(/^业管家`/);
    expect(decodeWords(words)).toBe('物业“管家”更贴心');
    expect(runsOf('物业“管家”更贴心')).toEqual([['物', '业', '管', '家', '更', '贴', '心']]);
  });

  it('break runs at other marks and spaces, so no term spans them', () => {
    expect(runsOf('小区，居民 议事')).toEqual([
      ['小', '区'],
      ['居', '民'],
      ['议', '事'],
    ]);
    expect(indexWords('小区，居民')).not.toContain('区居');
  });

  it('treat numbers and Latin words as one unit each, in lower case and half width', () => {
    expect(runsOf('２０２６年A03版')).toEqual([['2026', '年', 'a03', '版']]);
    expect(indexWords('２０２６年')[0]).toBe('2026年ᐁ');
  });

  it('write index terms in letters and digits only, and marks as ASCII punctuation Pagefind does not index', () => {
    for (const word of indexWords('100%的“居民”，A03版（AI·VR）——5‰、 ·')) {
      if (word.startsWith('`')) expect(word).not.toMatch(/[\p{L}\p{N}#*._]/u);
      // The term before its marks: what Pagefind indexes, letters and digits only.
      else expect(word.replace(/`[^\p{L}\p{N}]*$/u, '')).toMatch(/^[\p{L}\p{N}]+$/u);
    }
  });

  it('find 100% as a number with its sign', () => {
    expect(runTerms(runsOf('100%')[0]!).text).toBe('100%');
    expect(indexWords('达100%。')).toContain('达100ᐓᐁ');
    expect(decodeWords(indexWords('达100%。'))).toBe('达100%。');
  });

  it('decode a placeholder to nothing and a block end to a line break', () => {
    expect(decodeWords([PLACEHOLDER_WORD, PLACEHOLDER_WORD, '电梯ᐁ.', '梯ᐁ', '李欣ᐁ.', '167ᐁ'])).toBe(
      '电\n梯李\n167',
    );
  });
});

describe('query terms', () => {
  it('cover three or more units with trigrams at offsets 0, 3, 6 … and the last three', () => {
    expect(runTerms([...'红城湖国际广场小区']).terms).toEqual([
      { term: '红城湖', offset: 0 },
      { term: '国际广', offset: 3 },
      { term: '场小区', offset: 6 },
    ]);
    expect(runTerms([...'物业管家']).terms).toEqual([
      { term: '物业管', offset: 0 },
      { term: '业管家', offset: 1 },
    ]);
  });

  it('ask for one or two units as a prefix of the term at every place', () => {
    expect(runTerms(['电', '梯']).terms).toEqual([{ term: '电梯', offset: 0 }]);
    expect(runTerms(['梯']).terms).toEqual([{ term: '梯', offset: 0 }]);
  });

  it('match the index whatever stands around the stretch', () => {
    // 府城街道 inside a longer run, after characters that form another word with 府.
    const words = indexWords('政府城街道办事处').map((word) => word.replace(/`.*$/, ''));
    const start = words.indexOf('府城街');
    for (const { term, offset } of runTerms(runsOf('府城街道')[0]!).terms)
      expect(words[start + offset]).toBe(term);
  });
});

describe('number signs', () => {
  it('are letters in the query term, as in the index, and the sign in the text shown', () => {
    const run = runTerms(runsOf('100%')[0]!);
    expect(run.text).toBe('100%');
    expect(run.terms).toEqual([{ term: '100ᐓ', offset: 0 }]);
    expect(indexWords('达到100%。').map((word) => word.replace(/`.*$/, ''))).toContain('100ᐓᐁ');
  });
});
