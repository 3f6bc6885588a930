import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { foldTableFor } from '../../scripts/lib/search-fold';
import { READING_FIXES, syllablesOf } from '../../scripts/lib/search-pinyin';
import {
  foldTraditional,
  namesContaining,
  pinyinToChinese,
  type SearchName,
} from '../../src/lib/search-names';

describe('foldTableFor', () => {
  const table = foldTableFor('电梯区楼台更新琼山');

  it('folds traditional characters to the simplified ones the site uses', () => {
    expect(foldTraditional('電梯', table)).toBe('电梯');
    expect(foldTraditional('瓊山區', table)).toBe('琼山区');
    expect(foldTraditional('樓', table)).toBe('楼');
    expect(foldTraditional('電梯更新', table)).toBe('电梯更新');
  });

  it('folds every traditional and regional form of a character: 臺, 颱 and 檯 are all 台', () => {
    expect(table['臺']).toBe('台');
    expect(table['颱']).toBe('台');
    expect(table['檯']).toBe('台');
    expect(foldTableFor('卫')['衛']).toBe('卫');
    expect(foldTableFor('卫')['衞']).toBe('卫');
    expect(foldTableFor('里')).toMatchObject({ 裏: '里', 裡: '里' });
  });

  it('has no entry for a character the site does not use', () => {
    expect(table['發']).toBeUndefined();
    expect(foldTraditional('發展', table)).toBe('發展');
    expect(foldTableFor([])).toEqual({});
  });

  it('keeps a character the site itself writes, so a search for it still finds it', () => {
    expect(foldTableFor('着')['著']).toBe('着');
    expect(foldTableFor('着著')['著']).toBeUndefined();
  });

  it('never changes simplified text', () => {
    expect(foldTraditional('老旧电梯更新，琼山区', table)).toBe('老旧电梯更新，琼山区');
    expect(Object.keys(table)).not.toContain('电');
  });

  it('ignores what is not a Chinese character, and takes strings of several characters', () => {
    expect(foldTableFor(['电梯', 'A', '1', '，'])).toEqual(foldTableFor(['电', '梯']));
  });

  it('writes the same file for the same characters, keys in code-point order', () => {
    const keys = Object.keys(foldTableFor('台楼电区梯'));
    expect(keys).toEqual([...keys].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)));
    expect(JSON.stringify(foldTableFor('台楼电区梯'))).toBe(JSON.stringify(foldTableFor('梯区电楼台')));
  });
});

describe('syllablesOf', () => {
  it('spells each character of a name in toneless pinyin', () => {
    expect(syllablesOf('红城湖国际广场小区')).toEqual([
      'hong',
      'cheng',
      'hu',
      'guo',
      'ji',
      'guang',
      'chang',
      'xiao',
      'qu',
    ]);
    expect(syllablesOf('李欣')).toEqual(['li', 'xin']);
    expect(syllablesOf('余宗运')).toEqual(['yu', 'zong', 'yun']);
  });

  it('reads a character the way its neighbours call for', () => {
    expect(syllablesOf('银行行长')).toEqual(['yin', 'hang', 'hang', 'zhang']);
    expect(syllablesOf('长流镇')).toEqual(['chang', 'liu', 'zhen']);
  });

  it('reads the titles pinyin-pro gets wrong the way readers say them', () => {
    expect(syllablesOf('楼栋长制')).toEqual(['lou', 'dong', 'zhang', 'zhi']);
    expect(syllablesOf('党员楼长')).toEqual(['dang', 'yuan', 'lou', 'zhang']);
    expect(syllablesOf('网格长、楼栋长')).toEqual(['wang', 'ge', 'zhang', '', 'lou', 'dong', 'zhang']);
    for (const [word, reading] of Object.entries(READING_FIXES)) {
      expect(syllablesOf(word), word).toEqual(reading.split(' '));
    }
  });

  it('writes ü as v, the way readers type it', () => {
    expect(syllablesOf('绿化')).toEqual(['lv', 'hua']);
  });

  it('gives an empty syllable for each character that is not Chinese', () => {
    expect(syllablesOf('12号楼')).toEqual(['', '', 'hao', 'lou']);
    expect(syllablesOf('A区·3栋')).toEqual(['', 'qu', '', '', 'dong']);
    expect(syllablesOf('')).toEqual([]);
  });
});

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** Every name of content/ as the build would list it. */
async function contentNames(): Promise<SearchName[]> {
  const kinds = [
    ['community', 'communities'],
    ['district', 'districts'],
    ['person', 'people'],
    ['topic', 'topics'],
  ] as const;
  const names: SearchName[] = [];
  for (const [kind, folder] of kinds) {
    for (const file of await glob(`${folder}/*.yaml`, { cwd: CONTENT, absolute: true })) {
      const data = parse(await readFile(file, 'utf8')) as { name: string; aliases?: string[] };
      const url = `${folder}/${basename(file, '.yaml')}/`;
      for (const text of [data.name, ...(data.aliases ?? [])]) {
        names.push({ kind, name: text, url, syllables: syllablesOf(text) });
      }
    }
  }
  return names;
}

describe('search by the names in content/', () => {
  it('finds what readers type in pinyin', async () => {
    const names = await contentNames();
    const first = (word: string) => {
      const match = pinyinToChinese(word, names)[0];
      return match && [match.text, match.name.kind, match.whole];
    };
    expect(first('dianti')).toEqual(['电梯', 'topic', false]);
    expect(first('hongchenghu')).toEqual(['红城湖', 'community', false]);
    expect(first('hchgjgc')).toEqual(['红城湖国际广场', 'community', false]);
    expect(first('lixin')).toEqual(['李欣', 'person', true]);
    expect(first('lx')).toEqual(['李欣', 'person', true]);
    expect(first('qiongshanqu')).toEqual(['琼山区', 'district', true]);
    expect(first('qsq')).toEqual(['琼山区', 'district', true]);
    expect(first('ersuo')).toEqual(['二所', 'community', false]);
    expect(first('sbk')).toEqual(['苏弼坤', 'person', true]);
    expect(first('loudongzhang')).toEqual(['楼栋长', 'topic', false]);
    expect(first('ldzzh')).toEqual(['楼栋长制', 'topic', true]);
    expect(pinyinToChinese('zzzz', names)).toEqual([]);
  });

  it('finds the names a traditional query names, once folded', async () => {
    const names = await contentNames();
    const table = foldTableFor(names.map((n) => n.name));
    const links = (query: string) => namesContaining(foldTraditional(query, table), names).map((n) => n.name);
    expect(links('紅城湖')).toEqual(['红城湖国际广场小区']);
    expect(links('瓊山區')).toEqual(['琼山区']);
    expect(links('電梯')).toEqual(['电梯更新']);
    expect(links('李欣')).toEqual(['李欣']);
  });
});
