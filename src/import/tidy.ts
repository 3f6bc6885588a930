/**
 * Tidying text pasted by hand from the digital edition into an MDX body:
 * half-width punctuation in Chinese text made full-width, and paragraphs
 * that a column break cut in two joined again. The importer's own rules
 * (punctuation.ts, fragments.ts); markup (imports, components, headings,
 * lists, quotes, tables, code) is left exactly as it is. Used by
 * `npm run tidy` to change the file and by the validator to remind.
 */
import { continues } from './fragments';
import { toFullWidth } from './punctuation';

/** One change, at a line of the body as given (numbered from firstLine). */
export interface TidyChange {
  line: number;
  kind: 'punctuation' | 'joined';
  /** What changed, for the editor: the marks converted, or the words on either side of the join. */
  detail: string;
}

const HAN = /\p{Script=Han}/u;
const HALF_WIDTH = /[,:;?!()]/;
/** Lines that are markup, not running text. */
const MARKUP = /^(?:import\s|export\s|[<{#>|]|[-*+]\s|\d+[.)]\s|```|~~~|---|\*\*\*)/;
/** Pieces of a prose line that are not words: inline code, link targets, addresses, tags, expressions. */
const PROTECTED = /`[^`]*`|\]\([^)]*\)|https?:\/\/[^\s，。）)]+|<[^>]*>|\{[^}]*\}/g;

/** A prose line with its punctuation made full-width outside the protected pieces, and what was converted. */
function fullWidthLine(text: string): { text: string; marks: string[] } {
  if (!HALF_WIDTH.test(text) || !HAN.test(text)) return { text, marks: [] };
  let out = '';
  let last = 0;
  const marks: string[] = [];
  const convert = (piece: string) => {
    const converted = toFullWidth(piece);
    // toFullWidth replaces one character by one, so the changed marks are where the two differ.
    for (let i = 0; i < piece.length; i++) if (piece[i] !== converted[i]) marks.push(piece[i] ?? '');
    return converted;
  };
  for (const match of text.matchAll(PROTECTED)) {
    out += convert(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  out += convert(text.slice(last));
  return { text: out, marks: [...new Set(marks)] };
}

const tail = (text: string) => [...text].slice(-6).join('');
const head = (text: string) => [...text].slice(0, 6).join('');

interface Line {
  text: string;
  /** Line number in the file. */
  line: number;
  prose: boolean;
}

/** The body with pasted text tidied, and each change with its line. */
export function tidyBody(body: string, firstLine = 1): { body: string; changes: TidyChange[] } {
  const changes: TidyChange[] = [];
  const lines: Line[] = [];
  let fence = false;
  let inTag = false;
  body.split('\n').forEach((raw, i) => {
    const line = firstLine + i;
    const trimmed = raw.trim();
    const wasMarkup = fence || inTag;
    if (/^(?:```|~~~)/.test(trimmed)) fence = !fence;
    // A component written over several lines: markup until its closing >.
    if (!fence && !inTag && trimmed.startsWith('<') && !trimmed.endsWith('>')) inTag = true;
    else if (inTag && trimmed.endsWith('>')) inTag = false;
    const heading = !wasMarkup && !fence && /^#{1,6}\s/.test(trimmed);
    const prose = !wasMarkup && trimmed !== '' && !MARKUP.test(trimmed) && !fence;
    if (!prose && !heading) {
      lines.push({ text: raw, line, prose: false });
      return;
    }
    const { text, marks } = fullWidthLine(raw);
    if (marks.length > 0)
      changes.push({
        line,
        kind: 'punctuation',
        detail: marks.map((m) => `${m} → ${toFullWidth(m)}`).join('、'),
      });
    // A sub-head gets its punctuation tidied but is never joined to the text around it.
    lines.push({ text, line, prose });
  });

  // Join a prose line that stops mid-sentence with the next prose line, across blank lines too.
  const out: Line[] = [];
  for (const current of lines) {
    let k = out.length - 1;
    while (k >= 0 && out[k]?.text.trim() === '') k--;
    const previous = out[k];
    if (current.prose && previous?.prose && continues(previous.text.trim(), current.text.trim())) {
      changes.push({
        line: previous.line,
        kind: 'joined',
        detail: `第 ${previous.line} 行的“…${tail(previous.text.trim())}”和第 ${current.line} 行的“${head(current.text.trim())}…”`,
      });
      previous.text = previous.text.trimEnd() + current.text.trim();
      out.length = k + 1;
      continue;
    }
    out.push({ ...current });
  }
  return {
    body: out.map((l) => l.text).join('\n'),
    changes: changes.sort((a, b) => a.line - b.line),
  };
}
