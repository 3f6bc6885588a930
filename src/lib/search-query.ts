/**
 * What a reader typed, made ready for the index: traditional characters
 * folded to simplified, a word in pinyin replaced by the Chinese name it
 * spells, then cut into stretches (runs) that must each appear on a page,
 * each with the terms Pagefind is asked for (src/lib/search-text.ts).
 */
import { runsOf, runTerms, type RunTerms } from './search-text';

/** A word the reader typed in pinyin and the Chinese it was searched as. */
export interface PinyinReading {
  pinyin: string;
  chinese: string;
}

export interface ParsedQuery {
  /** The query as searched, in simplified Chinese: shown in the status line and highlighted. */
  text: string;
  /** Stretches that must each appear on a page. */
  runs: RunTerms[];
  /** Pinyin words and what they were read as, to tell the reader. */
  readings: PinyinReading[];
}

export interface QueryHelpers {
  /** Traditional → simplified (src/lib/search-names.ts). */
  fold?: (text: string) => string;
  /** The Chinese a pinyin word spells, if it spells a name on the site. */
  pinyin?: (word: string) => string | undefined;
}

const PINYIN_WORD = /^[a-z]{2,}$/;

/** Reads a query; an empty or punctuation-only query has no runs. */
export function parseQuery(raw: string, helpers: QueryHelpers = {}): ParsedQuery {
  const readings: PinyinReading[] = [];
  const words = raw
    .normalize('NFKC')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const folded = helpers.fold ? helpers.fold(word) : word;
      const lower = folded.toLowerCase();
      if (PINYIN_WORD.test(lower)) {
        const chinese = helpers.pinyin?.(lower);
        if (chinese) {
          readings.push({ pinyin: word, chinese });
          return chinese;
        }
      }
      return folded;
    });
  const text = words.join(' ');
  const seen = new Set<string>();
  const runs = words
    .flatMap((word) => runsOf(word))
    .map((units) => runTerms(units))
    .filter((run) => {
      if (seen.has(run.text)) return false;
      seen.add(run.text);
      return true;
    });
  return { text, runs, readings };
}
