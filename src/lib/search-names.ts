/**
 * Help for search queries that the index alone cannot give, small enough for
 * the search worker: a reader who types traditional characters (電梯) finds
 * the site's simplified text (电梯), and a reader who types pinyin (dianti,
 * hongchenghu, hchgjgc) finds the communities, districts, people and topics
 * whose names spell it. The build makes the tables
 * (scripts/lib/search-fold.ts, scripts/lib/search-pinyin.ts); this module
 * only reads them, so it runs unchanged in the browser and in Node.
 */

/** One name a reader may search by: a community (and each of its other names), district, person or topic. */
export interface SearchName {
  kind: 'community' | 'district' | 'subdistrict' | 'person' | 'topic';
  name: string;
  url: string;
  /** Toneless pinyin, one syllable per character of `name` ('' for a non-Han character). */
  syllables: string[];
}

/** A run of a name's characters whose pinyin or initials a reader typed. */
export interface PinyinMatch {
  /** The Chinese characters the reader spelled, a run of `name.name`. */
  text: string;
  name: SearchName;
  /** The run is the whole name, not just part of it. */
  whole: boolean;
}

/** Traditional character → the simplified one the site writes, from the build. */
export type FoldTable = Readonly<Record<string, string>>;

/** At most this many names go into the quick links above the results. */
export const MAX_NAME_LINKS = 6;

/**
 * No name spells more letters than this (20 characters of six-letter
 * syllables); a longer "word" is a pasted URL or noise, not worth a scan.
 */
const MAX_PINYIN_WORD = 120;

/**
 * The text with each traditional character the table knows replaced by its
 * simplified form. Character by character: the table only lists characters
 * whose simplified form occurs on the site, so phrase rules would add bytes
 * and find nothing more.
 */
export function foldTraditional(text: string, table: FoldTable): string {
  let folded = '';
  // for…of walks code points, so a character outside the BMP stays whole. No
  // inherited property of an object has a one-character name, so a plain lookup is safe.
  for (const char of text) folded += table[char] ?? char;
  return folded;
}

/**
 * The runs of names a reader's pinyin word spells: the full syllables of two
 * or more consecutive characters (dianti → 电梯, hongchenghu → 红城湖) or
 * their initials (hchgjgc → 红城湖国际广场, lx → 李欣), where zh, ch and sh
 * may be typed as one letter or two. Whole names first, then longer runs,
 * then by name; one match per run text and page.
 *
 * @param word one query term, ASCII letters only; anything else gives no match
 */
export function pinyinToChinese(word: string, names: readonly SearchName[]): PinyinMatch[] {
  const letters = word.toLowerCase();
  if (!/^[a-z]+$/.test(letters) || letters.length > MAX_PINYIN_WORD) return [];
  const matches: PinyinMatch[] = [];
  for (const name of names) {
    const chars = [...name.name];
    // A name whose syllables do not line up with its characters would spell the wrong text.
    if (chars.length !== name.syllables.length) continue;
    for (const [start, end] of spelledRuns(letters, name.syllables)) {
      matches.push({
        text: chars.slice(start, end).join(''),
        name,
        whole: start === 0 && end === chars.length,
      });
    }
  }
  matches.sort(
    (a, b) =>
      Number(b.whole) - Number(a.whole) ||
      [...b.text].length - [...a.text].length ||
      compare(a.name.name, b.name.name) ||
      compare(a.name.url, b.name.url) ||
      compare(a.text, b.text),
  );
  const seen = new Set<string>();
  return matches.filter((match) => {
    const key = `${match.text}\u0000${match.name.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The names that contain the query text or that the query contains
 * (红城湖 and 红城湖国际广场小区 both give the community 红城湖国际广场小区),
 * for the quick links above the results: the name equal to the query first,
 * then shorter names, at most {@link MAX_NAME_LINKS}, one per page.
 *
 * @param text one query term, already folded to simplified characters
 */
export function namesContaining(text: string, names: readonly SearchName[]): SearchName[] {
  const query = text.trim();
  if (query === '') return [];
  // An empty name is contained in every query; it must not become a link.
  const found = names.filter((n) => n.name !== '' && (n.name.includes(query) || query.includes(n.name)));
  found.sort(
    (a, b) =>
      Number(b.name === query) - Number(a.name === query) ||
      [...a.name].length - [...b.name].length ||
      compare(a.name, b.name) ||
      compare(a.url, b.url),
  );
  const pages = new Set<string>();
  const links: SearchName[] = [];
  for (const name of found) {
    // A community's other names lead to the same page; one link is enough.
    if (pages.has(name.url)) continue;
    pages.add(name.url);
    links.push(name);
    if (links.length === MAX_NAME_LINKS) break;
  }
  return links;
}

/**
 * Each [start, end) run of two or more syllables that spells `word` in full
 * or by initials. A non-Han character ('' syllable) ends a run: a reader
 * cannot type it in pinyin.
 */
function spelledRuns(word: string, syllables: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let start = 0; start < syllables.length; start++) {
    let full = '';
    let fullAlive = true;
    // Where in `word` the initials typed so far can end; zh/ch/sh make it more than one place.
    let ends = new Set([0]);
    for (let end = start + 1; end <= syllables.length; end++) {
      const syllable = syllables[end - 1] ?? '';
      if (syllable === '') break;
      if (fullAlive) {
        full += syllable;
        fullAlive = word.startsWith(full);
      }
      const next = new Set<number>();
      for (const at of ends) {
        for (const initial of initialsOf(syllable)) {
          if (word.startsWith(initial, at)) next.add(at + initial.length);
        }
      }
      ends = next;
      if (!fullAlive && ends.size === 0) break;
      const spelled = (fullAlive && full.length === word.length) || ends.has(word.length);
      if (end - start >= 2 && spelled) runs.push([start, end]);
    }
  }
  return runs;
}

/** How a reader may type a syllable's initial: zhang as z or zh, an as a. */
function initialsOf(syllable: string): string[] {
  const first = syllable.slice(0, 1);
  const two = syllable.slice(0, 2);
  return two === 'zh' || two === 'ch' || two === 'sh' ? [first, two] : [first];
}

/** Code-unit order: the same in every browser and in Node, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
