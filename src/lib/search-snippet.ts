/**
 * The few lines of a result that show why it was found: cut from the page's
 * text around the first place it holds the query (below the headline when
 * it can), at word boundaries, never starting with a mark, with every
 * occurrence of the query marked.
 */

/** One piece of a snippet; `mark` pieces are the reader's query. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Marks that may stand inside a phrase on the page (物业“管家”) and are skipped when matching. */
const INSIDE_PHRASE = /[“”‘’"'「」『』《》〈〉·•・]/u;
/** Where a sentence ends: a good place for a snippet to start after. */
const SENTENCE_END = /[。！？；!?;\n]/u;
const LEADING_MARKS = /^[\s\p{P}\p{S}]+/u;

/** Characters of a snippet, about two lines on a phone. */
export const SNIPPET_LENGTH = 72;

interface Span {
  start: number;
  end: number;
}

/** Every place the text holds a needle, skipping in-phrase marks, case-insensitive. */
export function findAll(text: string, needles: readonly string[]): Span[] {
  const chars = [...text];
  const offsets: number[] = [];
  let flat = '';
  let offset = 0;
  chars.forEach((char) => {
    if (!INSIDE_PHRASE.test(char)) {
      for (const unit of char.toLowerCase()) {
        flat += unit;
        offsets.push(offset);
      }
    }
    offset += char.length;
  });
  offsets.push(offset);
  const spans: Span[] = [];
  for (const needle of needles) {
    const target = needle.toLowerCase().replace(new RegExp(INSIDE_PHRASE.source, 'gu'), '');
    if (!target) continue;
    for (let at = flat.indexOf(target); at >= 0; at = flat.indexOf(target, at + target.length)) {
      spans.push({ start: offsets[at]!, end: offsets[at + target.length - 1]! + 1 });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

type Segmenter = { segment: (text: string) => Iterable<{ index: number }> };

/** Word boundaries from Intl.Segmenter where the browser has it; else only the edges of Latin words and numbers. */
function boundaries(text: string): Set<number> {
  const Segmenter = (Intl as unknown as { Segmenter?: new (locale: string, options: object) => Segmenter })
    .Segmenter;
  const set = new Set<number>([0, text.length]);
  if (Segmenter) {
    for (const { index } of new Segmenter('zh-CN', { granularity: 'word' }).segment(text)) set.add(index);
    return set;
  }
  const latin = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/.test(char);
  for (let i = 1; i < text.length; i++) if (!(latin(text[i - 1]) && latin(text[i]))) set.add(i);
  return set;
}

/**
 * A snippet of `text` around the needles. `skip` is text the reader already
 * sees in the result (its headline): a match inside it is used only when
 * there is no other.
 */
export function snippetOf(
  text: string,
  needles: readonly string[],
  skip = '',
  length = SNIPPET_LENGTH,
): SnippetPart[] {
  const flat = text.replace(/\s*\n\s*/g, '\n');
  const all = findAll(flat, needles);
  const skipped = skip ? findAll(flat, [skip]) : [];
  const outside = all.filter((span) => !skipped.some((s) => span.start >= s.start && span.end <= s.end));
  // A match only in the headline: the reader sees it there already; show what follows instead.
  const first = outside[0];
  const afterSkip = skipped[0] ? skipped[0].end : 0;

  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : afterSkip;
  if (first) {
    // Start at the sentence the match is in, when that sentence began not long before.
    const before = flat.slice(Math.max(0, first.start - length / 2), first.start);
    const cut = lastIndexOfSentenceEnd(before);
    if (cut >= 0) start = Math.max(0, first.start - before.length + cut + 1);
  }
  let end = Math.min(flat.length, start + length);
  const edges = boundaries(flat.slice(Math.max(0, start - 12), Math.min(flat.length, end + 12)));
  const shift = Math.max(0, start - 12);
  const snap = (at: number, forward: boolean) => {
    for (let d = 0; d <= 8; d++) {
      const candidate = forward ? at + d : at - d;
      if (edges.has(candidate - shift)) return candidate;
    }
    return at;
  };
  if (start > 0) start = snap(start, true);
  if (end < flat.length) end = snap(end, false);
  if (first && end < first.end) end = Math.min(flat.length, first.end);

  let window = flat.slice(start, end);
  const lead = LEADING_MARKS.exec(window)?.[0].length ?? 0;
  window = window.slice(lead);
  start += lead;
  const parts: SnippetPart[] = [];
  const push = (piece: string, mark: boolean) => {
    const clean = piece.replace(/\n/g, ' ');
    if (clean) parts.push({ text: clean, mark });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const span of all) {
    if (span.end <= at || span.start >= end) continue;
    const from = Math.max(span.start, at);
    push(flat.slice(at, from), false);
    push(flat.slice(from, Math.min(span.end, end)), true);
    at = Math.min(span.end, end);
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push('…', false);
  return parts;
}

function lastIndexOfSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (SENTENCE_END.test(text[i]!)) return i;
  return -1;
}
