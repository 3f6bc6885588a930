/**
 * The shapes of a page's lines: sentence or heading, byline, photo credit,
 * dateline. Lines are read after punctuation is made full-width.
 */

/** Longest line, in characters, still taken for a heading or sub-head. */
export const HEADING_MAX = 36;
/** Longest line taken for a byline or a photo credit. */
export const BYLINE_MAX = 60;

export const SENTENCE_PUNCTUATION = /[，。；]/;
/** A line that ends a sentence: its last mark, maybe followed by closing quotes or brackets. */
export const SENTENCE_END = /[。！？…；][”’」』）]*$/;
export const CREDIT = /^(.+?)\s*摄$/;
export const DATELINE = /^本报(?:[^\d（讯]{0,6}?)(?:(\d{1,2})月(\d{1,2})日)?讯\s*(?:（([^）]*)）)?/;
/** A dateline printed alone on its line: its paragraph follows. */
export const DATELINE_ALONE = /^本报[^。，]*讯\s*(?:（[^）]*）)?$/;
const BYLINE_START = /^(?:本报特约记者|特约记者|本报记者|本报通讯员|通讯员|记者)/;

const length = (line: string) => [...line].length;

/** A line of running text: it has sentence punctuation, or is too long for a heading. */
export const isSentence = (line: string) => SENTENCE_PUNCTUATION.test(line) || length(line) > HEADING_MAX;
export const isCredit = (line: string) =>
  CREDIT.test(line) && !SENTENCE_PUNCTUATION.test(line) && length(line) <= BYLINE_MAX;
export const isByline = (line: string) =>
  BYLINE_START.test(line) &&
  !isCredit(line) &&
  !SENTENCE_PUNCTUATION.test(line) &&
  length(line) <= BYLINE_MAX;
export const isDateline = (line: string) => DATELINE.test(line) && /^本报[^。，]*讯/.test(line);
/** Lines that start something of their own and are never the continuation of a paragraph. */
export const isStructural = (line: string) => isCredit(line) || isByline(line) || isDateline(line);
