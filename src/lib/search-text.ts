/**
 * How Chinese text becomes search terms, the same way when the index is built
 * and when a reader types a query, so the two can never split a phrase
 * differently.
 *
 * Pagefind splits text into words at spaces and matches a query word as a
 * prefix of an index word. Chinese has no spaces, and any dictionary
 * segmenter splits the same characters differently depending on what
 * surrounds them. So the index holds, at every character, the character
 * and the two after it (a trigram): 红城湖国际 → 红城湖 城湖国 湖国际 国际ᐁ 际ᐁ.
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
 * travel as codes of ASCII punctuation, after the term inside a run and as
 * a word of their own where they break it; Pagefind indexes neither.
 */

const HAN = /\p{Script=Han}/u;
/** Letters, digits and the signs that belong to a number (100%, 5‰). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}%‰]/u;
/** Marks that stay inside a run: quotes, book-title marks, middle dots. */
const TRANSPARENT = new Set([...'“”‘’"\'「」『』《》〈〉·•・']);

/*
 * Pagefind indexes a word as its letters and digits only, so marks can ride
 * along in ASCII punctuation without changing the term (业管家`… is indexed
 * as 业管家 and found by an exact search). Anything else our words need is
 * written in Canadian syllabics, letters no reader of this site types.
 */
/** Ends every index term shorter than a trigram (the last two places of a run). */
const RUN_END = 'ᐁ';
/** The number signs as letters in index and query terms, so Pagefind keeps them in the term. */
const SIGN_LETTERS: Readonly<Record<string, string>> = { '%': 'ᐓ', '‰': 'ᐔ' };

/** Starts the marks after a unit inside its word, and a word of its own for marks that break a run. */
const ESCAPE = '`';
/**
 * Sixteen ASCII marks as hexadecimal digits: none is `.` (Pagefind's block
 * end), HTML-special, or `#` and `*`, which Pagefind would take for emoji.
 */
const DIGITS = '!$%+,-/:;=?@^|()';
/** A space in the reader's text. */
const SPACE_CODE = '~';

/** A word that takes a place and stands for no text: pads the lead of a search document. */
export const PLACEHOLDER_WORD = ESCAPE;

/** Terms per place: the unit and the two after it. */
export const TERM_UNITS = 3;

type Piece = { unit: string } | { marks: string };

const isUnitChar = (char: string) => LETTER_OR_DIGIT.test(char);

/** A unit as the index stores it: full-width to ASCII, lower case, number signs as letters. */
export function normalizeUnit(unit: string): string {
  return unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[%‰]/g, (sign) => SIGN_LETTERS[sign]!);
}

/** A normalized unit as the reader writes it. */
const readable = (text: string) =>
  Object.entries(SIGN_LETTERS).reduce((out, [sign, letter]) => out.replaceAll(letter, sign), text);

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

/**
 * Whether marks between two units end a run: anything but transparent
 * marks does, and so does any mark between two non-Han units (A·B), which
 * would otherwise run together into one word.
 */
function breaksRun(marks: string, before: string | undefined, after: string | undefined): boolean {
  if ([...marks].some((char) => !TRANSPARENT.has(char))) return true;
  return before !== undefined && after !== undefined && !HAN.test(before) && !HAN.test(after);
}

/** The pieces with each marks piece told whether it breaks the run. */
function classified(text: string): ({ unit: string } | { marks: string; breaks: boolean })[] {
  const list = pieces(text);
  return list.map((piece, i) => {
    if ('unit' in piece) return piece;
    const before = list[i - 1];
    const after = list[i + 1];
    const unitOf = (p: Piece | undefined) => (p && 'unit' in p ? p.unit : undefined);
    return { marks: piece.marks, breaks: breaksRun(piece.marks, unitOf(before), unitOf(after)) };
  });
}

/**
 * The runs of a text: lists of units that are searched as one stretch.
 * Used for queries; the index uses indexWords, which keeps the marks too.
 */
export function runsOf(text: string): string[][] {
  const runs: string[][] = [[]];
  for (const piece of classified(text)) {
    if ('unit' in piece) runs.at(-1)!.push(normalizeUnit(piece.unit));
    else if (piece.breaks) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

const hexDigits = (char: string) => char.codePointAt(0)!.toString(16);

/** Marks that break a run, as a word of ASCII punctuation: length digit, then the code point. */
function encodeMarks(marks: string): string {
  let out = ESCAPE;
  for (const char of marks) {
    if (/\s/u.test(char)) {
      out += SPACE_CODE;
      continue;
    }
    const hex = hexDigits(char);
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
 * unit (the unit and the two after it in its run, each normalized; shorter
 * at a run's end, then marked RUN_END), with the transparent marks after a
 * unit carried inside the word, and a word of its own for marks that break
 * a run. decodeWords gives the text back.
 *
 * RUN_END keeps a short term from being the whole of a longer query term
 * (电梯ᐁ, not 电梯, at a run's end). Pagefind 1.6, when no term starts with a
 * query term, matches a shorter start of it instead (管家更 → 管家…); the
 * search worker checks for that (src/scripts/search-worker.ts).
 */
export function indexWords(text: string): string[] {
  const words: string[] = [];
  let run: { unit: string; after: string }[] = [];
  const flushRun = () => {
    run.forEach((place, i) => {
      const units = run.slice(i, i + TERM_UNITS).map((p) => normalizeUnit(p.unit));
      // The first unit keeps its case (Pagefind lowers the index's copy), so the text comes back as written.
      const first = place.unit.normalize('NFKC').replace(/[%‰]/g, (sign) => SIGN_LETTERS[sign]!);
      const term =
        first + units.join('').slice(units[0]!.length) + (units.length < TERM_UNITS ? RUN_END : '');
      words.push(place.after ? `${term}${encodeMarks(place.after)}` : term);
    });
    run = [];
  };
  for (const piece of classified(text)) {
    if ('unit' in piece) {
      run.push({ unit: piece.unit, after: '' });
    } else if (!piece.breaks && run.length > 0) {
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
  return /^[^\p{Script=Han}ᐁ`]+/u.exec(term)?.[0] ?? '';
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
      out += readable(firstUnit(word));
      const marks = word.indexOf(ESCAPE);
      if (marks >= 0) out += decodeMarks(word.slice(marks + 1));
    }
    if (blockEnd) out += '\n';
  }
  return out;
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
  const join = (slice: readonly string[]) => slice.join('');
  const text = readable(join(units));
  if (units.length < TERM_UNITS)
    return { units: [...units], text, terms: [{ term: join(units), offset: 0 }] };
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
