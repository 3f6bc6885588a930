/**
 * ASCII names from Chinese text with pinyin-pro: article slugs and suggested
 * ids for new people, the way docs/editing.md asks for them
 * (`2026-05-20-dianti-gengxin`, `li-xin`).
 */
import { pinyin } from 'pinyin-pro';

/** About this many syllables of the headline go into a proposed slug. */
export const SLUG_SYLLABLES = 4;

/**
 * The text as pinyin words: within a run of Chinese characters every two
 * syllables make one word (dianti, gengxin); letters and digits stay as they
 * are; anything else separates runs.
 */
export function pinyinWords(text: string): string[][] {
  const words: string[][] = [];
  for (const run of text.match(/[\p{Script=Han}]+|[A-Za-z0-9]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) {
      words.push([run.toLowerCase()]);
      continue;
    }
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }).map((s) =>
      s.toLowerCase().replace(/[^a-z0-9]/g, ''),
    );
    for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).filter(Boolean));
  }
  return words.filter((word) => word.length > 0);
}

/**
 * The slug proposed for an installment: its publication date and the pinyin
 * of the headline's first words, about four syllables, e.g.
 * 2026-05-20 + 电梯更新换新颜 → 2026-05-20-dianti-gengxin.
 */
export function proposeSlug(headline: string, published: string): string {
  const chosen: string[] = [];
  let syllables = 0;
  for (const word of pinyinWords(headline)) {
    if (syllables >= SLUG_SYLLABLES) break;
    chosen.push(word.join(''));
    syllables += word.length;
  }
  return [published, ...chosen].filter(Boolean).join('-');
}

/** A person id proposed from a name: surname, then given name, e.g. 王晓燕 → wang-xiaoyan. */
export function suggestPersonId(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, surname: 'head' }).map((s) =>
    s.toLowerCase().replace(/[^a-z0-9]/g, ''),
  );
  const [surname = '', ...given] = syllables.filter(Boolean);
  return [surname, given.join('')].filter(Boolean).join('-');
}
