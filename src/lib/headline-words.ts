/**
 * Headlines that break only between words. The build segments each headline
 * with ICU's Chinese dictionary (Intl.Segmenter, full ICU in Node 24) and the
 * page lets the browser break only between the groups this returns: old
 * WebViews (Chrome 86, iOS 15) have no Intl.Segmenter, so it cannot happen
 * in the reader's browser.
 *
 * ICU alone is not enough for headlines: it leaves names and words missing
 * from its dictionary as single characters (红|城|湖, 更|贴|心), and punctuation
 * as pieces of its own. So punctuation is kept with the word it belongs to, a
 * run of single characters stays together, and a number keeps the character
 * after it (8部, 2023年).
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Punctuation that belongs to the word after it: a line never ends with it. */
const OPENING = /^[“‘《〈（【「『〔［｛([{]+$/u;
/** Punctuation and spaces that belong to the word before: a line never starts with them. */
const CLOSING = /^[\s\u3000”’》〉）】」』〕］｝)\]}，。、；：？！…—,.;:?!%％·]+$/u;
const SINGLE_CHARACTER = /^\p{Script=Han}$/u;
const NUMBER = /^[\p{Nd}.,]+$/u;

/**
 * Groups already found, by text: a headline appears on dozens of list pages, and
 * segmenting was the build's busiest function at 10,000 installments (4 s).
 */
const segmented = new Map<string, readonly string[]>();

/**
 * The headline in groups the browser may break between, in order; joined,
 * they give the text back unchanged.
 */
export function headlineWords(text: string): readonly string[] {
  let words = segmented.get(text);
  if (!words) {
    words = segment(text);
    segmented.set(text, words);
  }
  return words;
}

function segment(text: string): string[] {
  const words: string[] = [];
  let previous = '';
  let openedBefore = false;
  for (const { segment } of segmenter.segment(text)) {
    const joinsPrevious =
      words.length > 0 &&
      (openedBefore ||
        CLOSING.test(segment) ||
        (SINGLE_CHARACTER.test(segment) && (SINGLE_CHARACTER.test(previous) || NUMBER.test(previous))));
    if (joinsPrevious) words[words.length - 1] += segment;
    else words.push(segment);
    openedBefore = OPENING.test(segment);
    previous = segment;
  }
  return words;
}

/** Word joiner (U+2060): no line break on either side, and no width. */
export const WORD_JOINER = '\u2060';

/**
 * The headline with a word joiner between the characters of each group, for
 * layout engines that break by Unicode's line-breaking rules (satori draws
 * the share images that way) and have no <wbr>.
 */
export function joinWords(text: string): string {
  return headlineWords(text)
    .map((word) => [...word].join(WORD_JOINER))
    .join('');
}
