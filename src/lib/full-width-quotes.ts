/**
 * Chinese quotation marks in published text. Editors typing with an English
 * keyboard layout get straight quotes ("管家"); Chinese text uses “管家” and
 * ‘管家’. The MDX body gets this from the compiler's smart punctuation; the
 * frontmatter (headline, summary, names, captions) gets it here, through the
 * schemas, so pages, feeds, search and share images all show the same text.
 */

const STRAIGHT_DOUBLE = /["＂]/g;
/** A straight single quote that is not an apostrophe between Latin letters (Haikou's). */
const STRAIGHT_SINGLE = /(?<![A-Za-z0-9])'|'(?![A-Za-z0-9])|＇/g;

/** Straight quotes in pairs: the first of each pair opens, the second closes. */
function pair(text: string, pattern: RegExp, open: string, close: string): string {
  let opened = false;
  return text.replace(pattern, () => {
    opened = !opened;
    return opened ? open : close;
  });
}

/** The text with straight double and single quotes as “…” and ‘…’; curly quotes are left as they are. */
export function fullWidthQuotes(text: string): string {
  if (!/["'＂＇]/.test(text)) return text;
  return pair(pair(text, STRAIGHT_DOUBLE, '“', '”'), STRAIGHT_SINGLE, '‘', '’');
}
