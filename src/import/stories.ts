/**
 * Reading a page into stories: every line classified as a heading,
 * paragraph, byline, photo credit or dateline, then each story found as a
 * run of heading lines followed by its byline or dateline.
 */
import { NAMES_LINE } from './bylines';
import { DATELINE, isByline, isCredit, isDateline, isSentence } from './lines';

/** Longest line over a heading block taken for a section label (a district name) rather than a kicker. */
const LABEL_MAX = 4;
/** Longest text taken for a photo caption. */
const CAPTION_MAX = 100;

export type Item =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'byline'; text: string }
  | { kind: 'credit'; text: string }
  | { kind: 'dateline'; text: string; month?: number | undefined; day?: number | undefined; inside: string };

export type Dateline = Extract<Item, { kind: 'dateline' }>;

/** Each line of the page as a heading, paragraph, byline, photo credit or dateline. */
export function classify(lines: readonly { text: string; afterBlank: boolean }[]): Item[] {
  const items: Item[] = [];
  for (const { text, afterBlank } of lines) {
    const previous = items.at(-1);
    if (isCredit(text)) {
      items.push({ kind: 'credit', text });
    } else if (isByline(text)) {
      items.push({ kind: 'byline', text });
    } else if (isDateline(text)) {
      const match = DATELINE.exec(text);
      items.push({
        kind: 'dateline',
        text,
        month: match?.[1] ? Number(match[1]) : undefined,
        day: match?.[2] ? Number(match[2]) : undefined,
        inside: match?.[3] ?? '',
      });
    } else if (
      previous?.kind === 'byline' &&
      NAMES_LINE.test(text) &&
      (!afterBlank || text.split(/\s+/).length > 1)
    ) {
      // A byline wrapped onto the next line: only names.
      previous.text += ` ${text}`;
    } else {
      items.push({ kind: isSentence(text) ? 'text' : 'heading', text });
    }
  }
  return items;
}

export const isShortText = (item: Item | undefined) =>
  item?.kind === 'text' && [...item.text].length <= CAPTION_MAX;
const opensStory = (item: Item | undefined) => item?.kind === 'byline' || item?.kind === 'dateline';

export interface Span {
  /** First item that belongs to the article (photos printed above its headings). */
  from: number;
  /** Heading lines. */
  headings: [number, number];
  /** End (exclusive). */
  to: number;
}

/**
 * Where each article is: a run of heading lines followed, past any photos and
 * at most one caption or lead paragraph, by a byline or a dateline.
 */
export function findArticles(items: readonly Item[]): Span[] {
  const starts: { headings: [number, number]; opened: number }[] = [];
  let i = 0;
  while (i < items.length) {
    if (items[i]?.kind !== 'heading') {
      i++;
      continue;
    }
    let end = i;
    while (items[end]?.kind === 'heading') end++;
    let k = end;
    for (;;) {
      if (items[k]?.kind === 'credit') k++;
      else if (isShortText(items[k]) && items[k + 1]?.kind === 'credit') k += 2;
      else break;
    }
    if (!opensStory(items[k]) && items[k]?.kind === 'text' && opensStory(items[k + 1])) k++;
    if (opensStory(items[k])) {
      starts.push({ headings: [i, end], opened: k });
      i = k + 1;
    } else {
      i = end;
    }
  }
  // Photos printed just above a heading block belong to the article below them.
  const froms = starts.map(({ headings: [first] }, n) => {
    const floor = n > 0 ? (starts[n - 1]?.opened ?? 0) + 1 : 0;
    let from = first;
    while (from > floor && items[from - 1]?.kind === 'credit') {
      from--;
      if (from > floor && isShortText(items[from - 1])) from--;
    }
    return from;
  });
  return starts.map(({ headings }, n) => ({
    from: froms[n] ?? headings[0],
    headings,
    to: froms[n + 1] ?? items.length,
  }));
}

/**
 * Kicker, headline and subtitle from the heading lines. Two lines are told
 * apart by shape: the headline is the line in two halves (`甲甲 乙乙`), or
 * else the shorter one; the other is a kicker above it or a subtitle below.
 * Very short lines in front (a district name over the story) become sub-heads.
 */
export function splitHeadings(lines: readonly string[]): {
  kicker?: string | undefined;
  headline: string;
  subtitle?: string | undefined;
  labels: string[];
  guessed: boolean;
} {
  const rest = [...lines];
  const labels: string[] = [];
  while (rest.length > 3 || (rest.length > 2 && [...(rest[0] ?? '')].length <= LABEL_MAX)) {
    labels.push(rest.shift() ?? '');
  }
  const [first = '', second, third] = rest;
  if (third !== undefined)
    return { kicker: first, headline: second ?? '', subtitle: third, labels, guessed: false };
  if (second === undefined) return { headline: first, labels, guessed: false };
  const inHalves = (line: string) => /\S\s+\S/.test(line);
  const firstIsHeadline =
    inHalves(first) !== inHalves(second) ? inHalves(first) : [...first].length <= [...second].length;
  return firstIsHeadline
    ? { headline: first, subtitle: second, labels, guessed: true }
    : { kicker: first, headline: second, labels, guessed: true };
}
