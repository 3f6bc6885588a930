/**
 * What Pagefind indexes for a built page: the text a reader sees in its
 * `data-pagefind-body` element, field by field with each field's weight,
 * turned into search terms (src/lib/search-text.ts), plus the page's filters,
 * sort keys and result metadata, copied as they are. Hidden text (`hidden`,
 * `aria-hidden`, visually hidden labels, `data-pagefind-ignore`) is left
 * out, so a page never ranks for words it does not show.
 */
import { Parser } from 'htmlparser2';
import { LEAD_SPAN, LEAD_WEIGHT } from '../../src/lib/search-rank.ts';
import { indexWords, PLACEHOLDER_WORD } from '../../src/lib/search-text.ts';

/** One block of visible text and the weight Pagefind gives it. */
export interface TextBlock {
  weight: number;
  text: string;
}

/** A page as the search index sees it. */
export interface SearchDocument {
  /** The headline, shown as the result's title. */
  title: string;
  blocks: TextBlock[];
  /** Elements carrying data-pagefind-filter, -meta or -sort, with their data-* attributes. */
  tagged: Record<string, string>[];
}

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** Inline elements whose edges do not separate words; any other element's edge does. */
const RUN_ON_ELEMENTS = new Set([
  'a',
  'b',
  'strong',
  'em',
  'i',
  'mark',
  'abbr',
  'sub',
  'sup',
  'small',
  'u',
  's',
  'q',
  'cite',
  // A line-break opportunity inside a headline (src/components/layout/KeepWords.astro), not a space.
  'wbr',
]);
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'figcaption',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'hr',
  'nav',
  'details',
  'summary',
]);

const isHidden = (attributes: Record<string, string>) =>
  'hidden' in attributes ||
  attributes['aria-hidden'] === 'true' ||
  'data-pagefind-ignore' in attributes ||
  /(^|\s)visually-hidden(\s|$)/.test(attributes.class ?? '');

/** Reads one built page; undefined when it has no data-pagefind-body (Pagefind would not index it). */
export function searchDocumentOf(html: string): SearchDocument | undefined {
  const blocks: TextBlock[] = [];
  const tagged: Record<string, string>[] = [];
  let title = '';
  let titleDepth = -1;
  // One entry per open element, with its weight if it sets one.
  const stack: { weight?: number }[] = [];
  let bodyDepth = -1;
  let hiddenDepth = -1;
  let current = '';
  let currentWeight = 1;
  let found = false;

  const weightNow = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.weight !== undefined) return stack[i]!.weight!;
    return 1;
  };
  const endBlock = () => {
    if (current.trim()) blocks.push({ weight: currentWeight, text: current.replace(/\s+/g, ' ').trim() });
    current = '';
  };
  const addText = (text: string) => {
    const weight = weightNow();
    if (weight !== currentWeight) {
      endBlock();
      currentWeight = weight;
    }
    current += text;
  };

  /** An element's start or end: a block ends the text block, most other elements separate words. */
  const elementEdge = (name: string) => {
    if (BLOCK_ELEMENTS.has(name)) endBlock();
    else if (!RUN_ON_ELEMENTS.has(name)) addText(' ');
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const inBody = bodyDepth >= 0;
        const startsBody = !inBody && 'data-pagefind-body' in attributes;
        if (inBody && hiddenDepth < 0 && (SKIPPED_ELEMENTS.has(name) || isHidden(attributes)))
          hiddenDepth = stack.length;
        if (
          (inBody || startsBody) &&
          Object.keys(attributes).some((key) => /^data-pagefind-(filter|meta|sort)$/.test(key))
        ) {
          tagged.push(
            Object.fromEntries(Object.entries(attributes).filter(([key]) => key.startsWith('data-'))),
          );
        }
        const weight = attributes['data-pagefind-weight'];
        stack.push(weight ? { weight: Number(weight) } : {});
        if (startsBody) {
          bodyDepth = stack.length - 1;
          found = true;
        }
        if (bodyDepth >= 0 && hiddenDepth < 0) {
          elementEdge(name);
          if (name === 'h1' && !title) titleDepth = stack.length - 1;
        }
      },
      ontext(text) {
        if (bodyDepth < 0 || hiddenDepth >= 0) return;
        addText(text);
        if (titleDepth >= 0) title += text;
      },
      onclosetag(name) {
        const index = stack.length - 1;
        const element = stack.pop();
        if (!element) return;
        if (hiddenDepth === index) hiddenDepth = -1;
        if (titleDepth === index) titleDepth = -1;
        if (bodyDepth >= 0 && hiddenDepth < 0) elementEdge(name);
        if (bodyDepth === index) {
          endBlock();
          bodyDepth = -1;
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  if (!found) return undefined;
  return { title: title.replace(/\s+/g, ' ').trim(), blocks, tagged };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What Pagefind indexes in place of the built page's body: each block's text
 * as search terms in a paragraph of its weight. The lead (blocks at
 * LEAD_WEIGHT or more) comes first and is padded with empty words to
 * LEAD_SPAN, so a match's position tells whether it is in the lead; lead
 * text that would not fit is indexed with the rest. The costly part of a
 * page (about 1.6 ms), so scripts/search-index.ts keeps it between builds.
 */
export function searchDocumentBody(document: SearchDocument): string {
  const tagged = document.tagged
    .map(
      (attributes) =>
        `<span ${Object.entries(attributes)
          .map(([key, value]) => `${key}="${escapeHtml(value)}"`)
          .join(' ')}></span>`,
    )
    .join('');
  const paragraph = (words: string[], weight: number) =>
    `<p${weight === 1 ? '' : ` data-pagefind-weight="${weight}"`}>${escapeHtml(words.join(' '))}</p>`;
  const lead: string[] = [];
  const rest: string[] = [];
  let leadWords = 0;
  for (const block of document.blocks) {
    const words = indexWords(block.text);
    if (!words.length) continue;
    if (block.weight >= LEAD_WEIGHT && leadWords + words.length <= LEAD_SPAN) {
      lead.push(paragraph(words, block.weight));
      leadWords += words.length;
    } else {
      rest.push(paragraph(words, block.weight));
    }
  }
  const padding = paragraph(
    Array.from({ length: LEAD_SPAN - leadWords }, () => PLACEHOLDER_WORD),
    1,
  );
  const blocks = [...lead, padding, ...rest].join('\n');
  return `<main data-pagefind-body><span data-pagefind-meta="title[data-title]" data-title="${escapeHtml(document.title)}"></span>${tagged}\n${blocks}</main>`;
}

/**
 * The page Pagefind indexes: the body above in a page whose language tag is
 * "undetermined" (with the shard as a private-use subtag), never Chinese, so
 * Pagefind splits only at our spaces and never segments or stems.
 */
export function searchDocumentPage(body: string, language = 'und'): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title></title></head><body>${body}</body></html>\n`;
}

/** The page Pagefind indexes for a document (searchDocumentBody in searchDocumentPage). */
export function searchDocumentHtml(document: SearchDocument, language = 'und'): string {
  return searchDocumentPage(searchDocumentBody(document), language);
}

/**
 * The modules whose code decides what searchDocumentOf and searchDocumentBody
 * give, from the repository's root: their text is part of the key of the
 * cached page documents, so changing any of them re-reads every page.
 * tests/scripts/search-documents.test.ts checks that the list follows the imports.
 */
export const SEARCH_DOCUMENT_SOURCES = [
  'scripts/lib/search-documents.ts',
  'src/lib/search-rank.ts',
  'src/lib/search-text.ts',
] as const;

/** The day a document sorts by (its data-pagefind-sort date), for ordering shards oldest first. */
export function sortDateOf(document: SearchDocument): string {
  return (
    document.tagged.find((attributes) => attributes['data-pagefind-sort']?.startsWith('date'))?.[
      'data-value'
    ] ?? ''
  );
}
