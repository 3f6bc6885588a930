/**
 * The pinyin of the names readers search by (communities, districts, people,
 * topics), written into the search data at build time so the browser needs no
 * pinyin dictionary: src/lib/search-names.ts matches typed pinyin against it.
 */
import { pinyin } from 'pinyin-pro';

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Words pinyin-pro reads wrong (pinyin-pro 3.29: 楼栋长 → lou dong chang), with
 * their right syllables. The column is about 楼栋长 and 网格长, so a reader
 * typing loudongzhang must find them. Add a word here when a name's pinyin
 * comes out wrong.
 */
export const READING_FIXES: Readonly<Record<string, string>> = {
  楼栋长: 'lou dong zhang',
  楼长: 'lou zhang',
  栋长: 'dong zhang',
  单元长: 'dan yuan zhang',
  网格长: 'wang ge zhang',
  街长: 'jie zhang',
  巷长: 'xiang zhang',
  路长: 'lu zhang',
  河长: 'he zhang',
  湖长: 'hu zhang',
  所长: 'suo zhang',
  处长: 'chu zhang',
  局长: 'ju zhang',
  理事长: 'li shi zhang',
  秘书长: 'mi shu zhang',
};

/**
 * Toneless, lower-case pinyin of `name`, one syllable per character ('' for
 * a character that is not Chinese, or that pinyin-pro does not know); ü is
 * written v, as readers type it (绿 → lv). Each run of Chinese characters is
 * read as a whole, so a character with two readings gets the one its
 * neighbours call for (银行 → yin hang, 行长 → hang zhang).
 */
export function syllablesOf(name: string): string[] {
  const syllables = [...name].map(() => '');
  for (const run of name.matchAll(HAN_RUN)) {
    const chars = [...run[0]];
    const offset = [...name.slice(0, run.index)].length;
    let read = pinyin(run[0], { toneType: 'none', type: 'array', v: true });
    // pinyin-pro gives one item per character; if it ever does not, a
    // character-by-character reading is better than syllables under the wrong characters.
    if (read.length !== chars.length) read = chars.map((char) => pinyin(char, { toneType: 'none', v: true }));
    fixReadings(run[0], read);
    chars.forEach((_, i) => {
      const syllable = (read[i] ?? '').toLowerCase().replace(/ü/g, 'v');
      syllables[offset + i] = /^[a-z]+$/.test(syllable) ? syllable : '';
    });
  }
  return syllables;
}

/** Overwrites, in `read`, the syllables of each word of {@link READING_FIXES} found in `run`. */
function fixReadings(run: string, read: string[]): void {
  const chars = [...run];
  for (const [word, reading] of Object.entries(READING_FIXES)) {
    const wordChars = [...word];
    const right = reading.split(' ');
    for (let at = 0; at + wordChars.length <= chars.length; at++) {
      if (wordChars.every((char, i) => chars[at + i] === char)) {
        right.forEach((syllable, i) => (read[at + i] = syllable));
      }
    }
  }
}
