/**
 * Reads the plain text of a newspaper page, as the paper's digital edition
 * gives it, and splits it into article drafts for `npm run import`.
 *
 * Pure: text and the archive's known people, districts, communities and
 * topics in; drafts out, each with a report of what could not be told. The
 * format it understands:
 *
 * - a heading block of one to three short lines without sentence punctuation
 *   （引题、主标题、副题）， followed by a byline or a dateline, maybe with a photo
 *   caption or a lead paragraph between them;
 * - bylines `本报记者 甲 乙`， `特约记者 …`， `通讯员 …`， possibly wrapped over lines;
 * - datelines `本报5月12日讯（记者 甲 通讯员 乙）` opening the first paragraph;
 * - sub-heads: short lines without sentence punctuation inside an article;
 * - photo captions followed by a credit line ending in `摄`;
 * - paragraphs, possibly hard-wrapped mid-sentence onto the next non-empty line.
 */
import { t } from '../i18n/zh-CN';
import { BYLINE_ROLES, type BylineRole } from '../schemas/byline-role';

/** A district, community, topic or person the archive already has. */
export interface KnownEntry {
  id: string;
  name: string;
  /** Other names that also identify it (communities). */
  aliases?: readonly string[] | undefined;
  /** District id of a community. */
  district?: string | undefined;
}

export interface ImportContext {
  people: readonly KnownEntry[];
  districts: readonly KnownEntry[];
  communities: readonly KnownEntry[];
  topics: readonly KnownEntry[];
  /** Print date of the page, YYYY-MM-DD; becomes the publication date of every draft. */
  date?: string | undefined;
  /** Year of the datelines when no date is given. */
  year?: number | undefined;
  /** Today, YYYY-MM-DD: the year when none is given, and the date of last resort. */
  today: string;
  /** Newspaper name for the print reference, e.g. 海口日报. */
  paper?: string | undefined;
  /** Proposes a person id for a name, e.g. 王晓燕 → wang-xiaoyan (for the report only). */
  suggestId?: ((name: string) => string) | undefined;
}

/** Something the importer could not tell, for the editor to check: a field and what to do. */
export interface ReportItem {
  field: string;
  value?: string | undefined;
  message: string;
}

export interface ImportedPhoto {
  caption?: string | undefined;
  credit?: string | undefined;
}

/** One article of the page, ready to become frontmatter and body. */
export interface ImportedDraft {
  kicker?: string | undefined;
  headline: string;
  subtitle?: string | undefined;
  /** YYYY-MM-DD */
  published: string;
  print?: { paper: string; date: string } | undefined;
  /** Person ids by role; names without a person file are reported, not invented. */
  bylines: Partial<Record<BylineRole, string[]>>;
  districts: string[];
  communities: string[];
  topics: string[];
  /** The first photo of the article; later ones become placeholders in the body. */
  cover?: ImportedPhoto | undefined;
  /** MDX body: paragraphs, `## sub-heads`, placeholders for further photos. */
  body: string;
  report: ReportItem[];
}

export interface ImportedPage {
  drafts: ImportedDraft[];
  /** What on the page belongs to no article (a column's editor's note, a page title …). */
  report: ReportItem[];
}

/** Longest line, in characters, still taken for a heading or sub-head. */
export const HEADING_MAX = 36;
/** Longest line over a heading block taken for a section label (a district name) rather than a kicker. */
const LABEL_MAX = 4;
/** Longest text taken for a photo caption. */
const CAPTION_MAX = 100;
/** Longest line taken for a byline or a photo credit. */
const BYLINE_MAX = 60;

/** The mark every placeholder text starts with; the validator warns until it is replaced. */
import { PLACEHOLDER } from './placeholder';

export { PLACEHOLDER };

const SENTENCE_PUNCTUATION = /[，。；]/;
const SENTENCE_END = /[。！？…；][”’」』）]*$/;
const NAME = /^[\p{Script=Han}·]{2,4}$/u;
const NAMES_LINE = /^[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*$/u;
const CREDIT = /^(.+?)\s*摄$/;
const DATELINE = /^本报(?:[^\d（讯]{0,6}?)(?:(\d{1,2})月(\d{1,2})日)?讯\s*(?:（([^）]*)）)?/;
const BYLINE_START = /^(?:本报特约记者|特约记者|本报记者|本报通讯员|通讯员|记者)/;

/** Role words as printed, longest first so that 特约记者 wins over 记者; null: not a byline role. */
const ROLE_WORDS: readonly (readonly [string, BylineRole | null])[] = [
  ['本报特约记者', 'special-correspondent'],
  ['特约记者', 'special-correspondent'],
  ['本报通讯员', 'correspondent'],
  ['本报记者', 'reporter'],
  ['见习记者', 'reporter'],
  ['实习生', null],
  ['通讯员', 'correspondent'],
  ['记者', 'reporter'],
  ['摄影', 'photographer'],
];
/** After a name: the reporter took the photos too （记者甲摄影报道）. */
const PHOTO_REPORT = '摄影报道';

/** A name in a byline, with the role it was printed under. */
export interface RoleName {
  role: BylineRole;
  name: string;
}

/** What a byline or dateline says: names by role, and pieces that are not names. */
export interface ParsedNames {
  names: RoleName[];
  /** Text that is neither a role word nor a two-to-four-character name. */
  unclear: string[];
}

/**
 * Full-width punctuation for Chinese text, as the site writes it: the digital
 * edition often gives half-width `,():;?!`. Commas and colons between digits
 * (1,000 and 10:30) stay.
 */
export function toFullWidth(text: string): string {
  return text
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/\?/g, '？')
    .replace(/!/g, '！')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** Text made safe for an MDX body: `<`, `>`, `{` and `}` would be read as code. */
export function escapeMdx(text: string): string {
  return text.replace(/</g, '＜').replace(/>/g, '＞').replace(/\{/g, '｛').replace(/\}/g, '｝');
}

/** One word of a byline: a role word it starts with, the name after it, and 摄影报道 after the name. */
function readWord(word: string): { role?: BylineRole | null; name: string; photoReport: boolean } {
  if (word === PHOTO_REPORT) return { name: '', photoReport: true };
  const roleWord = ROLE_WORDS.find(([w]) => word.startsWith(w));
  const rest = roleWord ? word.slice(roleWord[0].length) : word;
  const photoReport = rest.endsWith(PHOTO_REPORT);
  const name = photoReport ? rest.slice(0, -PHOTO_REPORT.length) : rest;
  return roleWord ? { role: roleWord[1], name, photoReport } : { name, photoReport };
}

const words = (text: string) => text.split(/[\s、，]+/).filter(Boolean);

/**
 * Names by role from a byline (`本报记者 甲 乙 通讯员 丙`) or the inside of a
 * dateline (`记者甲 通讯员丙`， `记者甲摄影报道`). Read a word at a time, so a
 * name that merely contains a role word (丁摄影) stays a name.
 */
export function parseNames(text: string): ParsedNames {
  const names: RoleName[] = [];
  const unclear: string[] = [];
  let role: BylineRole | null = null;
  let sinceRole: string[] = [];
  for (const word of words(text)) {
    const read = readWord(word);
    if (read.role !== undefined) {
      role = read.role;
      sinceRole = [];
    }
    if (read.name && role && NAME.test(read.name)) {
      names.push({ role, name: read.name });
      sinceRole.push(read.name);
    } else if (read.name) {
      unclear.push(word);
    }
    if (read.photoReport) names.push(...sinceRole.map((name) => ({ role: 'photographer' as const, name })));
  }
  return { names, unclear };
}

/** Photographers in a credit line (`本报记者 甲 摄`): the names before 摄, without role words. */
export function parseCredit(line: string): string[] {
  const match = CREDIT.exec(line);
  return match
    ? words(match[1] ?? '')
        .map((word) => readWord(word).name)
        .filter((name) => NAME.test(name))
    : [];
}

const isSentence = (line: string) => SENTENCE_PUNCTUATION.test(line) || [...line].length > HEADING_MAX;
const isCredit = (line: string) =>
  CREDIT.test(line) && !SENTENCE_PUNCTUATION.test(line) && [...line].length <= BYLINE_MAX;
const isByline = (line: string) =>
  BYLINE_START.test(line) &&
  !isCredit(line) &&
  !SENTENCE_PUNCTUATION.test(line) &&
  [...line].length <= BYLINE_MAX;
const isDateline = (line: string) => DATELINE.test(line) && /^本报[^。，]*讯/.test(line);
/** Lines that start something of their own and are never the continuation of a paragraph. */
const isStructural = (line: string) => isCredit(line) || isByline(line) || isDateline(line);

/**
 * Lines of the page with hard wraps undone: a paragraph line that stops
 * mid-sentence continues on the next non-empty line. Each line remembers
 * whether a blank line came before it.
 */
export function joinWrappedLines(text: string): { text: string; afterBlank: boolean }[] {
  const lines: { text: string; afterBlank: boolean }[] = [];
  let blank = true;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)) {
    const line = toFullWidth(raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
    if (line === '') {
      blank = true;
      continue;
    }
    const current = lines.at(-1);
    const unfinished =
      current &&
      ((isSentence(current.text) && !SENTENCE_END.test(current.text)) ||
        // A dateline printed alone on its line: its paragraph follows.
        /^本报[^。，]*讯\s*(?:（[^）]*）)?$/.test(current.text));
    // A heading line (short, or long without a comma) followed by a short line is a heading block, not a wrap.
    const headingPair =
      current &&
      ([...current.text].length <= HEADING_MAX || !SENTENCE_PUNCTUATION.test(current.text)) &&
      !isSentence(line);
    if (current && unfinished && !headingPair && !isStructural(line)) {
      current.text += line;
    } else {
      lines.push({ text: line, afterBlank: blank });
    }
    blank = false;
  }
  return lines;
}

type Item =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'byline'; text: string }
  | { kind: 'credit'; text: string }
  | { kind: 'dateline'; text: string; month?: number | undefined; day?: number | undefined; inside: string };

/** Each line of the page as a heading, paragraph, byline, photo credit or dateline. */
function classify(lines: readonly { text: string; afterBlank: boolean }[]): Item[] {
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

const isShortText = (item: Item | undefined) => item?.kind === 'text' && [...item.text].length <= CAPTION_MAX;
const opensStory = (item: Item | undefined) => item?.kind === 'byline' || item?.kind === 'dateline';

interface Span {
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
function findArticles(items: readonly Item[]): Span[] {
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

/** The day after a dateline's day, YYYY-MM-DD, or undefined when there is no such date. */
function dayAfter(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  date.setUTCDate(day + 1);
  return date.toISOString().slice(0, 10);
}

/** Ids of known entries whose name or alias appears in the text, in the order given. */
function mentioned(entries: readonly KnownEntry[], text: string): KnownEntry[] {
  return entries.filter((entry) => [entry.name, ...(entry.aliases ?? [])].some((n) => n && text.includes(n)));
}

type Dateline = Extract<Item, { kind: 'dateline' }>;

/**
 * The publication date and what the editor should check about it: --date;
 * else the day after the article's dateline (the paper prints the next day),
 * or after another dateline on the same page; else today.
 */
function publicationDate(
  own: Dateline | undefined,
  page: Dateline | undefined,
  context: ImportContext,
): { published: string; report?: ReportItem } {
  if (context.date) return { published: context.date };
  const year = context.year ?? Number(context.today.slice(0, 4));
  const dateline = own ?? page;
  const guessed = dateline?.month && dateline.day ? dayAfter(year, dateline.month, dateline.day) : undefined;
  if (dateline && guessed) {
    const source = own ? '电头' : '同一版其他文章的电头';
    const which = context.year ? '' : `，年份按今天取 ${year} 年`;
    return {
      published: guessed,
      report: {
        field: 'published',
        value: guessed,
        message: `发布日期按${source}“${dateline.month}月${dateline.day}日讯”推算为次日${which}；请核对见报日期，或用 --date 指定`,
      },
    };
  }
  return {
    published: context.today,
    report: {
      field: 'published',
      value: context.today,
      message: '没有找到电头（本报X月X日讯），无法判断发布日期，暂填今天；请改成见报日期，或用 --date 指定',
    },
  };
}

/** A paragraph placeholder for a photo that has no file yet. */
function photoPlaceholder(photo: ImportedPhoto): string {
  const caption = photo.caption ? `说明：${photo.caption.replace(/。$/, '')}` : '没有说明';
  const credit = photo.credit ? `署名：${photo.credit}` : '没有署名';
  return `${PLACEHOLDER}：这里原有一张照片（${caption}；${credit}）。请把照片放进本文件夹，换成 Figure 照片，写法见 docs/editing.md 第三节；不用就删掉这一段。`;
}

/** One article's items → a draft. */
function buildDraft(
  items: readonly Item[],
  span: Span,
  pageDateline: Dateline | undefined,
  context: ImportContext,
): ImportedDraft {
  const report: ReportItem[] = [];
  const headingLines = items.slice(span.headings[0], span.headings[1]).map((item) => item.text);
  const { kicker, headline, subtitle, labels, guessed } = splitHeadings(headingLines);
  if (guessed) {
    report.push({
      field: kicker ? 'kicker' : 'subtitle',
      value: kicker ?? subtitle,
      message: `标题有两行，按字数和版式判断这一行是${kicker ? '引题' : '副题'}；如果不对，请改成 ${kicker ? 'subtitle（副题）' : 'kicker（引题）'}`,
    });
  }

  const photos: ImportedPhoto[] = [];
  const body: string[] = [];
  const names: RoleName[] = [];
  let opened = false;
  let bodyStart = 0;
  let dateline: Dateline | undefined;
  const addPhoto = (photo: ImportedPhoto) => {
    if (photos.length > 0) body.push(escapeMdx(photoPlaceholder(photo)));
    photos.push(photo);
  };
  const addNames = (text: string, from: string) => {
    const parsed = parseNames(text);
    names.push(...parsed.names);
    for (const piece of parsed.unclear) {
      report.push({
        field: 'bylines',
        value: piece,
        message: `${from}里的“${piece}”看不出是谁、什么身份，没有写进署名；请核对原文后手工补上`,
      });
    }
  };

  const own = [...items.slice(span.from, span.headings[0]), ...items.slice(span.headings[1], span.to)];
  for (let i = 0; i < own.length; i++) {
    const item = own[i] as Item;
    const next = own[i + 1];
    if (item.kind === 'credit') {
      for (const name of parseCredit(item.text)) names.push({ role: 'photographer', name });
      addPhoto({ credit: item.text });
    } else if (isShortText(item) && next?.kind === 'credit') {
      for (const name of parseCredit(next.text)) names.push({ role: 'photographer', name });
      addPhoto({ caption: item.text, credit: next.text });
      i++;
    } else if (item.kind === 'text' && !opened && next?.kind === 'dateline') {
      addPhoto({ caption: item.text });
    } else if (item.kind === 'byline' || item.kind === 'dateline') {
      if (!opened) bodyStart = body.length;
      opened = true;
      if (item.kind === 'byline') {
        addNames(item.text, '署名');
      } else {
        dateline ??= item;
        addNames(item.inside, '电头');
        body.push(escapeMdx(item.text));
      }
    } else if (item.kind === 'heading') {
      body.push(`## ${escapeMdx(item.text)}`);
    } else {
      body.push(escapeMdx(item.text));
    }
  }
  if (labels.length > 0) {
    body.splice(bodyStart, 0, ...labels.map((label) => `## ${escapeMdx(label)}`));
    report.push({
      field: '正文',
      value: labels.join('、'),
      message: '标题上方的短行看不出是引题还是栏目名，已放进正文作小标题；不需要就删掉',
    });
  }

  // Bylines: known names become ids; unknown names are reported, never invented.
  const bylines: Partial<Record<BylineRole, string[]>> = {};
  const byName = new Map(context.people.map((person) => [person.name, person.id]));
  const seen = new Set<string>();
  for (const { role, name } of names) {
    if (seen.has(`${role}:${name}`)) continue;
    seen.add(`${role}:${name}`);
    const id = byName.get(name);
    if (id) {
      (bylines[role] ??= []).push(id);
    } else {
      const suggested = context.suggestId?.(name) ?? '<姓名拼音>';
      report.push({
        field: `bylines.${role}`,
        value: name,
        message: `署名里的${t.bylines[role]}“${name}”在 content/people/ 里还没有人员文件，没有写进署名；请新建 content/people/${suggested}.yaml，写 name: ${name} 和 role: ${role}，再把编号 ${suggested} 加进 bylines.${role}`,
      });
    }
  }
  if (!BYLINE_ROLES.some((role) => bylines[role]?.length)) {
    report.push({
      field: 'bylines',
      message: '署名里没有一位已建档的人员，文章信息里的署名是空的；按上面的提示新建人员文件后补上',
    });
  }

  // Photos: the first is the cover; its file is a placeholder until the editor adds the photo.
  // A story with none is imported without a cover.
  const cover = photos[0];
  const photographers = dateline
    ? parseNames(dateline.inside).names.filter((n) => n.role === 'photographer')
    : [];
  if (cover && !cover.credit && photographers.length > 0) {
    cover.credit = `本报记者 ${photographers.map((p) => p.name).join(' ')} 摄`;
  }
  if (!cover) {
    report.push({
      field: 'cover',
      message:
        '这篇没有找到照片，按无图报道导入（不写封面，也不放占位图）；如果报纸上其实有照片，按 docs/editing.md 加上封面（cover）',
    });
  } else {
    if (!cover.caption) report.push({ field: 'cover.caption', message: '封面照片没有找到图片说明；请补上' });
    if (!cover.credit)
      report.push({ field: 'cover.credit', message: '封面照片没有找到署名（X 摄）；请补上' });
  }
  if (photos.length > 1) {
    report.push({
      field: '正文',
      value: `${photos.length - 1} 张`,
      message: '除封面外的照片在正文里留了“待填写”段落；请放进照片文件并改成 Figure 照片',
    });
  }

  const allText = [kicker, headline, subtitle, ...body].join('\n');
  const communities = mentioned(context.communities, allText);
  const districtIds = new Set([
    ...mentioned(context.districts, allText).map((d) => d.id),
    ...communities.flatMap((c) => (c.district ? [c.district] : [])),
  ]);
  const districts = context.districts.filter((d) => districtIds.has(d.id)).map((d) => d.id);
  const topics = mentioned(context.topics, allText).map((topic) => topic.id);
  if (districts.length === 0) {
    report.push({
      field: 'districts',
      message: '文中没有找到已建档的区名，所属区是空的；请写上区的编号，全市性的报道写 [citywide]',
    });
  }
  if (topics.length === 0) {
    report.push({ field: 'topics', message: '文中没有找到已建档的话题名，话题是空的；请至少写一个话题编号' });
  }

  const date = publicationDate(dateline, pageDateline, context);
  if (date.report) report.push(date.report);

  return {
    kicker,
    headline,
    subtitle,
    published: date.published,
    print: context.date && context.paper ? { paper: context.paper, date: context.date } : undefined,
    bylines,
    districts,
    communities: communities.map((c) => c.id),
    topics,
    cover,
    body: body.join('\n\n'),
    report,
  };
}

/** Splits a newspaper page into article drafts. */
export function parsePage(text: string, context: ImportContext): ImportedPage {
  const items = classify(joinWrappedLines(text));
  const spans = findArticles(items);
  const report: ReportItem[] = [];
  const before = spans[0]?.from ?? items.length;
  if (before > 0) {
    const first = items[0]?.text ?? '';
    report.push({
      field: '版面开头',
      value: [...first].length > 20 ? `${[...first].slice(0, 20).join('')}…` : first,
      message: `版面开头有 ${before} 行不属于任何一篇带署名或电头的文章（可能是开栏的话或版面标题），没有导入；需要的话请手工处理`,
    });
  }
  const pageDateline = items.find((item): item is Dateline => item.kind === 'dateline' && Boolean(item.day));
  return { drafts: spans.map((span) => buildDraft(items, span, pageDateline, context)), report };
}
