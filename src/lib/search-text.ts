/**
 * How Chinese text becomes search terms, the same way when the index is built
 * and when a reader types a query, so the two can never split a phrase
 * differently.
 *
 * Pagefind splits text into words at spaces and matches a query word as a
 * prefix of an index word. Chinese has no spaces, and any dictionary
 * segmenter splits the same characters differently depending on what
 * surrounds them. So the index holds, at every character, the character
 * and the two after it (a trigram): 红城湖国际 → 红城湖 城湖国 湖国际 国际 际.
 * A query of three or more characters is its own trigrams at consecutive
 * positions; one or two characters are a prefix of the term at every place
 * they occur. Either way every occurrence of the exact characters is found,
 * whatever stands around it.
 *
 * A "unit" is one Han character or a run of other letters and digits
 * (2026, A03, 5). Units within a run (no break between them) form terms;
 * quotation marks, book-title marks and the middle dot do not break a run,
 * so 物业“管家” is found by 物业管家. Every other mark and every space breaks it.
 *
 * Pagefind keeps each page's words as its text, for excerpts. Those words are
 * our terms, so each carries what is needed to give the reader's text back
 * (decodeWords): its first unit is the character at that place, and marks
 * travel as escape codes made only of ASCII punctuation, which Pagefind
 * neither indexes nor segments.
 */

const HAN = /\p{Script=Han}/u;
/**
 * Letters, digits and the signs that belong to a number (100%, 5‰): Pagefind
 * indexes the signs too (INDEXED_SIGNS, passed as --include-characters).
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}%‰]/u;

/** Signs Pagefind must keep in words, so 100% is not found as any 100. */
export const INDEXED_SIGNS = '%‰';
/** Marks that stay inside a run: quotes, book-title marks, middle dots. */
const TRANSPARENT = new Set([...'“”‘’"\'「」『』《》〈〉·•・']);

/** Starts every escape code in an index word. */
const ESCAPE = '`';
/**
 * Sixteen ASCII marks as hexadecimal digits: none is a letter or digit, `.`
 * (Pagefind's block end), HTML-special, an indexed sign (%), or `#` and `*`,
 * which Pagefind would take for emoji.
 */
const DIGITS = '!$[+,-/:;=?@^|()';
/** A space in the reader's text. */
const SPACE_CODE = '~';

/** A word that takes a place and stands for no text: pads the lead of a search document. */
export const PLACEHOLDER_WORD = ESCAPE;

/** Terms per place: the unit and the two after it. */
export const TERM_UNITS = 3;

/**
 * Ends every index term shorter than a trigram (the last two places of a
 * run): a letter no reader types (Canadian syllabics E). When no term starts
 * with a query term, Pagefind 1.6 matches the longest term that the query
 * term starts with instead (管家更 → 管家), which would report pages without
 * the query. With this letter no term is ever the start of a query term,
 * and a query still finds 电梯 at the end of a run (电梯ᐁ) by prefix.
 */
const RUN_END = 'ᐁ';

type Piece = { unit: string } | { marks: string };

const isUnitChar = (char: string) => LETTER_OR_DIGIT.test(char);

/** Letters and digits folded as the index stores them: full-width to ASCII, lower case. */
export function normalizeUnit(unit: string): string {
  return unit.normalize('NFKC').toLowerCase();
}

/** Splits text into units and the marks between them, in order. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push({ unit: word });
    word = '';
  };
  for (const char of text) {
    if (HAN.test(char)) {
      flush();
      out.push({ unit: char });
    } else if (isUnitChar(char)) {
      word += char;
    } else {
      flush();
      const last = out.at(-1);
      if (last && 'marks' in last) last.marks += char;
      else out.push({ marks: char });
    }
  }
  flush();
  return out;
}

/** Marks that end a run: anything but the transparent ones. */
const breaksRun = (marks: string) => [...marks].some((char) => !TRANSPARENT.has(char));

/**
 * The runs of a text: lists of units that are searched as one stretch.
 * Used for queries; the index uses indexWords, which keeps the marks too.
 */
export function runsOf(text: string): string[][] {
  const runs: string[][] = [[]];
  for (const piece of pieces(text)) {
    if ('unit' in piece) runs.at(-1)!.push(normalizeUnit(piece.unit));
    else if (breaksRun(piece.marks)) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

/** Joins units into one index term; two non-Han units keep an apostrophe between them, which Pagefind drops. */
function joinUnits(units: readonly string[], separator: string): string {
  let out = '';
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    if (previous !== undefined && !HAN.test(previous.slice(-1)) && !HAN.test(unit[0] ?? '')) out += separator;
    out += unit;
  });
  return out;
}

function encodeMarks(marks: string): string {
  let out = ESCAPE;
  for (const char of marks) {
    if (/\s/u.test(char)) {
      out += SPACE_CODE;
      continue;
    }
    const code = char.codePointAt(0)!;
    const hex = code.toString(16);
    // Length first (one digit), then the code point in our digits.
    out += DIGITS[hex.length]! + [...hex].map((digit) => DIGITS[parseInt(digit, 16)]).join('');
  }
  return out;
}

function decodeMarks(code: string): string {
  let out = '';
  for (let i = 0; i < code.length;) {
    if (code[i] === SPACE_CODE) {
      out += ' ';
      i += 1;
      continue;
    }
    const length = DIGITS.indexOf(code[i]!);
    if (length < 1) break;
    const hex = [...code.slice(i + 1, i + 1 + length)]
      .map((digit) => DIGITS.indexOf(digit).toString(16))
      .join('');
    out += String.fromCodePoint(parseInt(hex, 16));
    i += 1 + length;
  }
  return out;
}

/**
 * The words Pagefind indexes for a stretch of the reader's text: one term per
 * unit (the unit and the two after it in its run, each normalized), with the
 * marks after a unit carried along (escaped), and a word of their own for
 * marks that break a run. decodeWords gives the text back.
 */
export function indexWords(text: string): string[] {
  const list = pieces(text);
  const words: string[] = [];
  let run: { unit: string; after: string }[] = [];
  const flushRun = () => {
    run.forEach((place, i) => {
      const units = run.slice(i, i + TERM_UNITS).map((p) => normalizeUnit(p.unit));
      const term = joinUnits(units, "'") + (units.length < TERM_UNITS ? RUN_END : '');
      // The first unit keeps its case (Pagefind lowers it for the index), so the text comes back as written.
      const written = place.unit.normalize('NFKC') + term.slice(normalizeUnit(place.unit).length);
      words.push(place.after ? `${written}${encodeMarks(place.after)}` : written);
    });
    run = [];
  };
  for (const piece of list) {
    if ('unit' in piece) {
      run.push({ unit: piece.unit, after: '' });
    } else if (!breaksRun(piece.marks) && run.length > 0) {
      run.at(-1)!.after += piece.marks;
    } else {
      flushRun();
      words.push(encodeMarks(piece.marks));
    }
  }
  flushRun();
  return words;
}

/** The first unit of an index term: one Han character, or the run of other letters and digits. */
function firstUnit(term: string): string {
  const first = [...term][0] ?? '';
  if (HAN.test(first)) return first;
  return /^[^'\p{Script=Han}`ᐁ]+/u.exec(term)?.[0] ?? '';
}

/**
 * The reader's text back from index words (Pagefind's page content split at
 * spaces). A word ending in "." closed a block (a field); it becomes a line
 * break so snippets never run two fields together.
 */
export function decodeWords(words: readonly string[]): string {
  let out = '';
  for (const raw of words) {
    if (!raw) continue;
    const blockEnd = raw.endsWith('.');
    const word = blockEnd ? raw.slice(0, -1) : raw;
    if (word.startsWith(ESCAPE)) {
      out += decodeMarks(word.slice(1));
    } else {
      out += firstUnit(word);
      const escape = word.indexOf(ESCAPE);
      if (escape >= 0) out += decodeMarks(word.slice(escape + 1));
    }
    if (blockEnd) out += '\n';
  }
  return out;
}

/** The text of each index word, one entry per word (so a word's position finds its text). */
export function decodeEach(words: readonly string[]): string[] {
  return words.map((word) => decodeWords([word]));
}

/** One term of a query run and where it stands from the run's start. */
export interface RunTerm {
  term: string;
  offset: number;
}

/**
 * What Pagefind is asked for one run (stretch) of a query. One or two units
 * are a single term, matched as a prefix of the term at every place they
 * occur. Three or more are covered by trigrams at offsets 0, 3, 6 … and
 * the last three units: a page holds the run exactly where each of those
 * stands at its offset from one start (src/lib/search-rank.ts). Places are
 * consecutive only within a run of the page's text, so the trigrams prove
 * every unit between them too, and a nine-character name costs three terms,
 * not seven.
 */
export interface RunTerms {
  /** The run's units (normalized). */
  units: string[];
  /** The run's units as text (what must appear on a page). */
  text: string;
  terms: RunTerm[];
}

export function runTerms(units: readonly string[]): RunTerms {
  const join = (slice: readonly string[]) => joinUnits(slice, '');
  const text = join(units);
  if (units.length < TERM_UNITS) return { units: [...units], text, terms: [{ term: text, offset: 0 }] };
  const last = units.length - TERM_UNITS;
  const offsets: number[] = [];
  for (let offset = 0; offset < last; offset += TERM_UNITS) offsets.push(offset);
  offsets.push(last);
  return {
    units: [...units],
    text,
    terms: offsets.map((offset) => ({ term: join(units.slice(offset, offset + TERM_UNITS)), offset })),
  };
}
