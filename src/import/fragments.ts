/**
 * Column-break fragments: the digital edition breaks a paragraph wherever
 * the printed column ended, often mid-word, and the rest follows as a new
 * line or even a new paragraph. Used by the importer on a whole page and by
 * `npm run tidy` on a pasted body.
 */
import {
  HEADING_MAX,
  DATELINE_ALONE,
  isSentence,
  isStructural,
  SENTENCE_END,
  SENTENCE_PUNCTUATION,
} from './lines';
import { toFullWidth } from './punctuation';

/**
 * Whether `next` continues `current`: current is running text that stops
 * mid-sentence (or a dateline alone on its line), and next is running text,
 * not a heading or a byline, credit or dateline of its own.
 */
export function continues(current: string, next: string): boolean {
  // Most lines end a sentence: the cheapest test first (validate runs this on every paragraph).
  const unfinished = (!SENTENCE_END.test(current) && isSentence(current)) || DATELINE_ALONE.test(current);
  if (!unfinished) return false;
  // A heading line (short, or long without a comma) followed by a short line is a heading block, not a wrap.
  const headingPair =
    ([...current].length <= HEADING_MAX || !SENTENCE_PUNCTUATION.test(current)) && !isSentence(next);
  return !headingPair && !isStructural(next);
}

/** A line without the spaces (ASCII and full-width) around it. */
export const trimLine = (line: string) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

/**
 * Lines of the page with hard wraps undone and punctuation made full-width:
 * a paragraph line that stops mid-sentence continues on the next non-empty
 * line. Each line remembers whether a blank line came before it.
 */
export function joinWrappedLines(text: string): { text: string; afterBlank: boolean }[] {
  const lines: { text: string; afterBlank: boolean }[] = [];
  let blank = true;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)) {
    const line = toFullWidth(trimLine(raw));
    if (line === '') {
      blank = true;
      continue;
    }
    const current = lines.at(-1);
    if (current && continues(current.text, line)) {
      current.text += line;
    } else {
      lines.push({ text: line, afterBlank: blank });
    }
    blank = false;
  }
  return lines;
}
