/**
 * Writes a synthetic but schema-valid content folder for load tests and
 * benchmarks:
 *
 *   node bench/generate-corpus.ts --count 1000 --seed 1 --out /tmp/corpus
 *
 * The real content (content/districts, topics, series, people, communities and
 * articles) is copied first, so the corpus includes the real installments;
 * then ~60 communities, 12 people, the missing topics and N articles are
 * generated. Same seed + count (+ same real content) → byte-identical files.
 * Build against it with SITE_CONTENT_DIR=<out>.
 *
 * Options: --count N (required), --seed S (default 1), --out DIR (required),
 * --source DIR|none (real content to copy; default content/), --photos N
 * (every installment gets its own camera-sized cover and N body photos, as a
 * real archive has; without it the articles share a few small covers),
 * --add N (N more installments, dated the last day, without changing the
 * first --count: "one more installment" on top of an earlier corpus).
 * DIR must be empty, missing, or a corpus this script wrote before (it is
 * then replaced, keeping each file whose bytes come out the same untouched, so
 * a build's caches keyed by file times see it unchanged, as in an editor's
 * working copy).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  charLength,
  composeBody,
  createFiller,
  fitSentences,
  type Filler,
  type TextContext,
} from './lib/corpus-text.ts';
import {
  CAPTIONS,
  COMMUNITY_PREFIXES,
  COMMUNITY_SUFFIXES,
  CORRECTIONS,
  DISTRICTS,
  FACT_TEMPLATES,
  GIVEN_CHARS,
  HEADLINES,
  KICKERS,
  SERIES,
  SUBTITLES,
  SUMMARIES,
  SURNAMES,
  TOPICS,
  type DistrictInfo,
} from './lib/corpus-vocabulary.ts';
import { parseOptions, UsageError, wholeNumber } from '../scripts/lib/cli.ts';
import { renderCovers } from './lib/cover.ts';
import { PHOTO_HEIGHT, PHOTO_POOL, PHOTO_WIDTH, renderPhotoPool, withComment } from './lib/photo.ts';
import { createRng, hashSeed, type Rng } from './lib/prng.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SOURCE = join(PROJECT_ROOT, 'content');

/** Written at the corpus root so a later run may safely replace the folder. */
export const MARKER_FILE = '.generated-corpus.json';

/** First and last publication day of generated installments (inclusive). */
export const FIRST_DAY = '2026-05-13';
export const LAST_DAY = '2026-11-28';

export const COMMUNITY_COUNT = 60;
export const MAX_COUNT = 100_000;
export const MAX_PHOTOS = 20;
const SUMMARY_LIMIT = 100;
const COPIED_FOLDERS = ['districts', 'topics', 'series', 'people', 'communities', 'articles'] as const;
/** How many people of each byline role to invent. */
const PEOPLE_PLAN = [
  ['reporter', 6],
  ['special-correspondent', 1],
  ['correspondent', 2],
  ['photographer', 3],
] as const;

export interface GenerateOptions {
  /** How many articles to generate (real ones are copied in addition). */
  count: number;
  seed: number;
  /** Folder to write; must be empty, missing, or an earlier corpus. */
  out: string;
  /** Real content folder to copy, or null for none. Default: the project's content/. */
  source?: string | null | undefined;
  /** Body photos per installment; when set, every installment also has its own camera-sized cover. */
  photos?: number | undefined;
  /** Installments after the first `count`, dated the last day; the first `count` stay byte-identical. */
  added?: number | undefined;
}

export interface GenerateResult {
  out: string;
  /** Generated articles, the added ones included. */
  generated: number;
  /** Real articles copied from the source. */
  copied: number;
  /** All articles in the corpus. */
  articles: number;
  communities: number;
  people: number;
  topics: number;
  /** Photo files written (covers and body photos) in --photos mode; 0 otherwise. */
  photos: number;
  seconds: number;
}

/** A mistake in the options: the CLI prints it with the usage and exits 2. */
export { UsageError };

interface CommunityEntry {
  id: string;
  name: string;
  district: DistrictInfo;
  subdistrict: string | undefined;
  builtYear: number | undefined;
  households: number;
  buildings: number;
}

interface PersonEntry {
  id: string;
  name: string;
  role: (typeof PEOPLE_PLAN)[number][0];
}

interface TopicEntry {
  id: string;
  name: string;
  keywords: readonly string[];
}

// ---------------------------------------------------------------- helpers

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text: string) => JSON.stringify(text);
const flow = (ids: readonly string[]) => `[${ids.join(', ')}]`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function write(path: string, text: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Ids of the YAML files in a folder. */
function yamlIds(folder: string): Set<string> {
  if (!existsSync(folder)) return new Set();
  return new Set(
    readdirSync(folder)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => f.replace(/\.ya?ml$/, '')),
  );
}

function readYaml(path: string): Record<string, unknown> {
  try {
    const data = parseYaml(readFileSync(path, 'utf8'));
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function frontmatterOf(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) return {};
  try {
    const data = parseYaml(match[1] ?? '');
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** `wang-haiyan`, or `wang-haiyan-2` when taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function checkOptions(options: GenerateOptions): void {
  const { count, seed, out, photos, added } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw new UsageError(`--count must be a whole number from 1 to ${MAX_COUNT} (got ${String(count)})`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295 (got ${String(seed)})`);
  }
  if (photos !== undefined && (!Number.isInteger(photos) || photos < 0 || photos > MAX_PHOTOS)) {
    throw new UsageError(`--photos must be a whole number from 0 to ${MAX_PHOTOS} (got ${String(photos)})`);
  }
  if (added !== undefined && (!Number.isInteger(added) || added < 0 || count + added > MAX_COUNT)) {
    throw new UsageError(`--add must be a whole number, with --count + --add at most ${MAX_COUNT}`);
  }
  if (!out) throw new UsageError('--out DIR is required');
}

/**
 * Moves every file of `from` into `to` whose bytes differ from (or are missing in) `to`, and
 * deletes what `to` has beyond `from`: a file that comes out the same keeps its times.
 */
function syncFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const incoming = new Set(readdirSync(from));
  for (const name of readdirSync(to)) {
    if (!incoming.has(name)) rmSync(join(to, name), { recursive: true, force: true });
  }
  for (const name of incoming) {
    const source = join(from, name);
    const target = join(to, name);
    const incomingFile = statSync(source);
    const present = existsSync(target) ? statSync(target) : undefined;
    if (incomingFile.isDirectory()) {
      if (present && !present.isDirectory()) rmSync(target, { force: true });
      syncFolder(source, target);
    } else if (
      !present?.isFile() ||
      present.size !== incomingFile.size ||
      !readFileSync(target).equals(readFileSync(source))
    ) {
      rmSync(target, { recursive: true, force: true });
      renameSync(source, target);
    }
  }
}

/** Refuses an `out` that is the source, a file, or a folder this script did not write; makes it when missing. */
function checkOut(out: string, source: string | null): void {
  if (source && resolve(out) === resolve(source)) {
    throw new UsageError(`--out must not be the source content folder (${source})`);
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder`);
    const entries = readdirSync(out);
    if (entries.length > 0) {
      if (!entries.includes(MARKER_FILE)) {
        throw new UsageError(
          `--out ${out} is not empty and was not written by this script (no ${MARKER_FILE}); choose an empty or new folder`,
        );
      }
    }
  }
  mkdirSync(out, { recursive: true });
}

// ---------------------------------------------------------------- data entries

function generateCommunities(rng: Rng, taken: Set<string>): CommunityEntry[] {
  const names = new Set<string>();
  const result: CommunityEntry[] = [];
  for (let i = 0; i < COMMUNITY_COUNT; i++) {
    let prefix = rng.pick(COMMUNITY_PREFIXES);
    let suffix = rng.pick(COMMUNITY_SUFFIXES);
    let name = '';
    for (let tries = 0; tries < 50; tries++) {
      name = `${prefix[0]}${suffix[0]}${suffix[0].endsWith('区') || rng.chance(0.5) ? '' : '小区'}`;
      const base = `${prefix[0]}${suffix[0]}`;
      if (![...names].some((n) => n.startsWith(base))) break;
      prefix = rng.pick(COMMUNITY_PREFIXES);
      suffix = rng.pick(COMMUNITY_SUFFIXES);
    }
    names.add(name);
    const district = DISTRICTS[i % DISTRICTS.length] as DistrictInfo;
    const urban = district.subdistricts.slice(0, 6);
    result.push({
      id: uniqueId(`${prefix[1]}-${suffix[1].replace(/\d+$/, '')}`, taken),
      name,
      district,
      subdistrict: rng.chance(0.85) ? rng.pick(rng.chance(0.85) ? urban : district.subdistricts) : undefined,
      builtYear: rng.chance(0.85) ? rng.int(1985, 2022) : undefined,
      households: rng.int(120, 2400),
      buildings: rng.int(3, 40),
    });
  }
  return result;
}

function communityYaml(rng: Rng, c: CommunityEntry): string {
  const lines = [`name: ${q(c.name)}`];
  if (rng.chance(0.15)) {
    const alias = c.name.endsWith('小区') ? c.name.slice(0, -2) : `${c.name}小区`;
    lines.push(`aliases: [${q(alias)}]`);
  }
  lines.push(`district: ${c.district.id}`);
  if (c.subdistrict) lines.push(`subdistrict: ${q(c.subdistrict)}`);
  if (c.builtYear) lines.push(`builtYear: ${c.builtYear}`);
  lines.push('facts:');
  const numbers: Record<string, string> = {
    households: String(c.households),
    buildings: String(c.buildings),
    members: String(rng.int(10, 200)),
    lifts: String(rng.int(2, 30)),
    spaces: String(rng.int(30, 900)),
    pct: String(rng.int(80, 99)),
    volunteers: String(rng.int(12, 150)),
    green: String(rng.int(25, 45)),
    area: (rng.int(30, 300) / 10).toFixed(1),
    people: String(c.households * rng.int(2, 3)),
    elders: String(rng.int(50, 900)),
    year: String(rng.int(2023, 2025)),
  };
  for (const fact of rng.sample(FACT_TEMPLATES, rng.int(2, 4))) {
    const value = fact.value.replace(/\{(\w+)\}/g, (_, k: string) => numbers[k] ?? k);
    lines.push(`  - label: ${q(fact.label)}`, `    value: ${q(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function generatePeople(rng: Rng, taken: Set<string>): PersonEntry[] {
  const names = new Set<string>();
  const people: PersonEntry[] = [];
  for (const [role, howMany] of PEOPLE_PLAN) {
    for (let i = 0; i < howMany; i++) {
      let name = '';
      let pinyin = '';
      do {
        const surname = rng.pick(SURNAMES);
        const given = rng.sample(GIVEN_CHARS, rng.chance(0.6) ? 2 : 1);
        name = surname[0] + given.map((g) => g[0]).join('');
        pinyin = `${surname[1]}-${given.map((g) => g[1]).join('')}`;
      } while (names.has(name));
      names.add(name);
      people.push({ id: uniqueId(pinyin, taken), name, role });
    }
  }
  return people;
}

// ---------------------------------------------------------------- articles

interface ArticlePlan {
  index: number;
  installment: number;
  published: string;
}

interface Pools {
  communities: readonly CommunityEntry[];
  people: readonly PersonEntry[];
  topics: readonly TopicEntry[];
  covers: readonly { name: string }[];
  /** Distinct camera-sized photos (--photos), or none. */
  photoPool: number;
  /** Body photos per article (--photos), or undefined for shared covers only. */
  bodyPhotos: number | undefined;
  paper: string;
  seriesId: string;
}

/** 2 → 二, 12 → 十二, 35 → 三十五, 123 → 一二三: a part number that adds no digits or names to search. */
function hanNumber(n: number): string {
  const digit = (d: number) => '零一二三四五六七八九'[d] ?? '';
  if (n < 10) return digit(n);
  if (n < 100) return `${n < 20 ? '' : digit(Math.floor(n / 10))}十${n % 10 ? digit(n % 10) : ''}`;
  return [...String(n)].map((d) => digit(Number(d))).join('');
}

/**
 * A headline no earlier installment has: the validator reports two
 * installments with the same headline as the same story twice, so a repeated
 * template gets a part number （二）, （三）… Draws nothing from the random
 * stream, so every other installment stays as it was.
 */
function distinctHeadline(drawn: string, used: Map<string, number>): string {
  const times = (used.get(drawn) ?? 0) + 1;
  used.set(drawn, times);
  return times === 1 ? drawn : `${drawn}（${hanNumber(times)}）`;
}

interface BuiltArticle {
  slug: string;
  mdx: string;
  /** Index of the shared cover (without --photos). */
  cover: number;
  /** Pool index of each own photo, cover first (with --photos). */
  photos: number[];
}

/**
 * `<Figure>`s of the body photos, spread between the body's blocks, with their
 * imports at the top. A stream of its own, so the text is the same either way.
 */
function withBodyPhotos(
  rng: Rng,
  filler: Filler,
  body: string,
  options: { photos: number; pool: number; credit: string },
): { body: string; photos: number[] } {
  const blocks = body.trimEnd().split('\n\n');
  const imports: string[] = [];
  const photos: number[] = [];
  const after = new Map<number, string[]>();
  for (let i = 1; i <= options.photos; i++) {
    const name = `photo${i}`;
    const caption = filler.fill(rng.pick(CAPTIONS));
    imports.push(`import ${name} from './photo-${i}.jpg';`);
    photos.push(rng.int(0, options.pool - 1));
    const block = Math.max(0, Math.floor((i * blocks.length) / (options.photos + 1)) - 1);
    const figure = `<Figure src={${name}} alt=${q(`${caption.replace(/。$/, '')}的示意图`)} caption=${q(caption)} credit=${q(options.credit)} />`;
    after.set(block, [...(after.get(block) ?? []), figure]);
  }
  const out = blocks.flatMap((text, i) => [text, ...(after.get(i) ?? [])]);
  return { body: `${[imports.join('\n'), ...out].join('\n\n')}\n`, photos };
}

function buildArticle(
  seed: number,
  plan: ArticlePlan,
  pools: Pools,
  usedHeadlines: Map<string, number>,
): BuiltArticle {
  const rng = createRng(hashSeed(seed, 'article', plan.index));

  // Where and what.
  const citywide = rng.chance(0.06);
  const districts: DistrictInfo[] = citywide ? [] : rng.sample(DISTRICTS, rng.chance(0.75) ? 1 : 2);
  const local = citywide
    ? pools.communities
    : pools.communities.filter((c) => districts.includes(c.district));
  const communityCount = rng.pick([0, 1, 1, 1, 1, 2, 2, 2, 3, 0]);
  const communities = rng.sample(local, communityCount);
  const topics = rng.sample(pools.topics, rng.int(1, 3));

  // Who.
  const byRole = (role: PersonEntry['role']) => pools.people.filter((p) => p.role === role);
  const reporters = rng.sample(byRole('reporter'), rng.int(1, 2));
  const photographer = rng.chance(0.3) ? rng.sample(byRole('photographer'), 1) : [];
  const correspondent = rng.chance(0.25) ? rng.sample(byRole('correspondent'), 1) : [];
  const special = rng.chance(0.05) ? rng.sample(byRole('special-correspondent'), 1) : [];

  // Text.
  const focus = communities[0] ?? rng.pick(local.length > 0 ? local : pools.communities);
  const district = districts[0] ?? focus.district;
  const ctx: TextContext = {
    community: focus.name,
    district: citywide ? '海口' : district.name,
    subdistrict: focus.subdistrict ?? rng.pick(district.subdistricts),
    shequ: rng.pick(district.shequ),
    topics: topics.map((t) => t.name),
    keywords: topics.flatMap((t) => t.keywords),
    builtYear: focus.builtYear ?? rng.int(1990, 2015),
    households: focus.households,
    buildings: focus.buildings,
  };
  const filler = createFiller(rng, ctx);
  const headline = distinctHeadline(filler.fill(rng.pick(HEADLINES)), usedHeadlines);
  const kicker = rng.chance(0.5) ? filler.fill(rng.pick(KICKERS)) : undefined;
  const subtitle = rng.chance(0.2) ? filler.fill(rng.pick(SUBTITLES)) : undefined;
  const [first, second] = rng.sample(SUMMARIES, 2);
  let summary = filler.fill(first as string);
  if (charLength(summary) < 50) summary += filler.fill(second as string);
  summary = fitSentences(summary, SUMMARY_LIMIT);
  const coverIndex = rng.int(0, pools.covers.length - 1);
  const caption = filler.fill(rng.pick(CAPTIONS));
  let body = composeBody(rng, filler, { targetChars: rng.int(2100, 2400) });

  // Dates.
  const updated = rng.chance(0.1) ? addDays(plan.published, rng.int(1, 5)) : undefined;
  const corrections = rng.chance(0.05)
    ? [{ date: addDays(plan.published, rng.int(1, 10)), text: filler.fill(rng.pick(CORRECTIONS)) }]
    : [];
  const notAfterLast = (day: string) => (day > LAST_DAY ? LAST_DAY : day);

  const tail = communities[0]?.id ?? topics[0]?.id ?? 'xiaoqu';
  const slug = `gen-${pad(plan.installment, 5)}-${tail}`;
  const credit = photographer[0] ? `本报记者 ${photographer[0].name} 摄` : '示意图';

  const photos: number[] = [];
  if (pools.bodyPhotos !== undefined) {
    const photoRng = createRng(hashSeed(seed, 'photos', plan.index));
    photos.push(photoRng.int(0, pools.photoPool - 1));
    const withPhotos = withBodyPhotos(photoRng, createFiller(photoRng, ctx), body, {
      photos: pools.bodyPhotos,
      pool: pools.photoPool,
      credit,
    });
    body = withPhotos.body;
    photos.push(...withPhotos.photos);
  }

  const lines = ['---', `series: ${pools.seriesId}`, `installment: ${plan.installment}`, `slug: ${slug}`];
  if (kicker) lines.push(`kicker: ${q(kicker)}`);
  lines.push(`headline: ${q(headline)}`);
  if (subtitle) lines.push(`subtitle: ${q(subtitle)}`);
  lines.push(`published: ${plan.published}`);
  if (updated) lines.push(`updated: ${notAfterLast(updated)}`);
  if (rng.chance(0.85)) {
    lines.push(
      'print:',
      `  paper: ${q(pools.paper)}`,
      `  date: ${plan.published}`,
      `  page: A${pad(rng.int(1, 12), 2)}`,
    );
  }
  lines.push('bylines:', `  reporter: ${flow(reporters.map((p) => p.id))}`);
  if (special.length) lines.push(`  special-correspondent: ${flow(special.map((p) => p.id))}`);
  if (correspondent.length) lines.push(`  correspondent: ${flow(correspondent.map((p) => p.id))}`);
  if (photographer.length) lines.push(`  photographer: ${flow(photographer.map((p) => p.id))}`);
  lines.push(
    `districts: ${citywide ? '[citywide]' : flow(districts.map((d) => d.id))}`,
    `communities: ${flow(communities.map((c) => c.id))}`,
    `topics: ${flow(topics.map((t) => t.id))}`,
    `summary: ${q(summary)}`,
    'cover:',
    '  src: ./cover.jpg',
    `  alt: ${q(`${pools.covers[coverIndex]?.name ?? ''}天空下几栋带窗户的楼房和一排树木的示意图`)}`,
    `  caption: ${q(caption)}`,
    `  credit: ${q(credit)}`,
    'draft: false',
  );
  if (corrections.length) {
    lines.push('corrections:');
    for (const c of corrections) lines.push(`  - date: ${notAfterLast(c.date)}`, `    text: ${q(c.text)}`);
  }
  lines.push('---', '');
  return { slug, mdx: `${lines.join('\n')}\n${body}`, cover: coverIndex, photos };
}

// ---------------------------------------------------------------- main entry

export async function generateCorpus(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  checkOptions(options);
  const { count, seed } = options;
  const added = options.added ?? 0;
  const target = resolve(options.out);
  const source = options.source === undefined ? DEFAULT_SOURCE : options.source && resolve(options.source);
  if (source && !existsSync(source)) throw new UsageError(`--source ${source} does not exist`);
  checkOut(target, source);
  // An earlier corpus is replaced through a fresh folder beside it, so files that come out the same stay as they were.
  const replacing = readdirSync(target).length > 0;
  const out = replacing ? mkdtempSync(join(dirname(target), '.corpus-')) : target;

  // 1. The real content, as is.
  if (source) {
    for (const folder of COPIED_FOLDERS) {
      const from = join(source, folder);
      if (existsSync(from)) cpSync(from, join(out, folder), { recursive: true });
    }
  }

  // 2. Districts, series and topics the real content lacks.
  const districtIds = yamlIds(join(out, 'districts'));
  for (const d of DISTRICTS) {
    if (districtIds.has(d.id)) continue;
    write(
      join(out, 'districts', `${d.id}.yaml`),
      `name: ${q(d.name)}\npinyin: ${q(d.pinyin)}\ndescription: ${q(d.description)}\norder: ${d.order}\n`,
    );
  }
  const seriesFile = join(out, 'series', SERIES.id, 'index.mdx');
  if (!existsSync(seriesFile)) {
    write(
      seriesFile,
      [
        '---',
        `title: ${q(SERIES.title)}`,
        `paper: ${q(SERIES.paper)}`,
        `started: ${SERIES.started}`,
        `summary: ${q(SERIES.summary)}`,
        `noteHeading: ${q(SERIES.noteHeading)}`,
        '---',
        '',
        SERIES.note,
        '',
      ].join('\n'),
    );
  }
  const paper = String(frontmatterOf(seriesFile).paper ?? SERIES.paper);

  const topicIds = yamlIds(join(out, 'topics'));
  const topics: TopicEntry[] = [];
  for (const id of [...topicIds].sort()) {
    const known = TOPICS.find((t) => t.id === id);
    const name = String(readYaml(join(out, 'topics', `${id}.yaml`)).name ?? known?.name ?? id);
    topics.push({ id, name, keywords: known?.keywords ?? [name] });
  }
  for (const t of TOPICS) {
    if (topicIds.has(t.id)) continue;
    write(join(out, 'topics', `${t.id}.yaml`), `name: ${q(t.name)}\ndescription: ${q(t.description)}\n`);
    topics.push(t);
  }

  // 3. Communities and people.
  const communityIds = yamlIds(join(out, 'communities'));
  const communities = generateCommunities(createRng(hashSeed(seed, 'communities')), communityIds);
  const communityRng = createRng(hashSeed(seed, 'community-facts'));
  for (const c of communities)
    write(join(out, 'communities', `${c.id}.yaml`), communityYaml(communityRng, c));

  const peopleIds = yamlIds(join(out, 'people'));
  const people = generatePeople(createRng(hashSeed(seed, 'people')), peopleIds);
  for (const p of people) write(join(out, 'people', `${p.id}.yaml`), `name: ${q(p.name)}\nrole: ${p.role}\n`);

  // 4. Real articles: their installments come first.
  const articlesDir = join(out, 'articles');
  const realFolders = existsSync(articlesDir)
    ? readdirSync(articlesDir).filter((f) => existsSync(join(articlesDir, f, 'index.mdx')))
    : [];
  let lastInstallment = 0;
  for (const folder of realFolders) {
    const data = frontmatterOf(join(articlesDir, folder, 'index.mdx'));
    if (data.series === SERIES.id && typeof data.installment === 'number') {
      lastInstallment = Math.max(lastInstallment, data.installment);
    }
  }

  // 5. Generated articles with their covers (and with --photos, their own photos).
  const covers = await renderCovers(createRng(hashSeed(seed, 'covers')));
  const bodyPhotos = options.photos;
  const photoPool =
    bodyPhotos === undefined
      ? []
      : await renderPhotoPool(
          createRng(hashSeed(seed, 'photo-pool')),
          // Sized by --count alone, so that --add leaves the first installments' photos as they were.
          Math.min(PHOTO_POOL, count * (1 + bodyPhotos)),
          { width: PHOTO_WIDTH, height: PHOTO_HEIGHT },
        );
  const pools: Pools = {
    communities,
    people,
    topics,
    covers,
    photoPool: photoPool.length,
    bodyPhotos,
    paper,
    seriesId: SERIES.id,
  };
  const span = daysBetween(FIRST_DAY, LAST_DAY);
  const usedHeadlines = new Map<string, number>();
  let photoFiles = 0;
  for (let index = 0; index < count + added; index++) {
    const plan: ArticlePlan = {
      index,
      installment: lastInstallment + 1 + index,
      published: index < count ? addDays(FIRST_DAY, Math.floor(((index + 1) * span) / count)) : LAST_DAY,
    };
    const article = buildArticle(seed, plan, pools, usedHeadlines);
    const folder = join(articlesDir, article.slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.mdx'), article.mdx);
    if (bodyPhotos === undefined) {
      writeFileSync(join(folder, 'cover.jpg'), (covers[article.cover] ?? covers[0])!.jpeg);
      continue;
    }
    article.photos.forEach((pick, i) => {
      const file = i === 0 ? 'cover.jpg' : `photo-${i}.jpg`;
      writeFileSync(join(folder, file), withComment(photoPool[pick] as Buffer, `${article.slug}/${file}`));
      photoFiles++;
    });
  }

  write(
    join(out, MARKER_FILE),
    `${JSON.stringify({ generator: 'bench/generate-corpus.ts', seed, count, added, photos: bodyPhotos ?? null, copiedArticles: realFolders.length }, null, 2)}\n`,
  );

  if (replacing) {
    syncFolder(out, target);
    rmSync(out, { recursive: true, force: true });
  }

  return {
    out: target,
    generated: count + added,
    copied: realFolders.length,
    articles: count + added + realFolders.length,
    communities: communityIds.size,
    people: peopleIds.size,
    topics: topics.length,
    photos: photoFiles,
    seconds: (performance.now() - started) / 1000,
  };
}

// ---------------------------------------------------------------- CLI

const USAGE = `Usage: node bench/generate-corpus.ts --count N --out DIR [--seed S] [--source DIR|none] [--photos N] [--add N]

  --count N      articles to generate, 1–${MAX_COUNT}
  --out DIR      folder to write (empty, missing, or an earlier generated corpus)
  --seed S       whole number 0–4294967295 (default 1); same seed + count → same files
  --source DIR   real content to copy in first (default content/); "none" to skip
  --photos N     every installment gets its own ${PHOTO_WIDTH}×${PHOTO_HEIGHT} cover and N body photos (0–${MAX_PHOTOS})
  --add N        N more installments dated the last day; the first --count stay as they were`;

export function parseCliArgs(argv: readonly string[]): GenerateOptions | 'help' {
  const values = parseOptions(argv, {
    count: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    source: { type: 'string' },
    photos: { type: 'string' },
    add: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  if (!values.out) throw new UsageError('--out DIR is required');
  return {
    count: wholeNumber('count', values.count),
    seed: wholeNumber('seed', values.seed, 1),
    out: values.out,
    source: values.source === 'none' ? null : values.source,
    photos: values.photos === undefined ? undefined : wholeNumber('photos', values.photos),
    added: wholeNumber('add', values.add, 0),
  };
}

async function main(): Promise<void> {
  try {
    const options = parseCliArgs(process.argv.slice(2));
    if (options === 'help') {
      console.log(USAGE);
      return;
    }
    const r = await generateCorpus(options);
    console.log(
      `generate-corpus: ${r.generated} articles generated (+${r.copied} copied, ${r.articles} in all; ` +
        `${r.communities} communities, ${r.people} people, ${r.topics} topics` +
        `${r.photos ? `, ${r.photos} photos` : ''}) in ${r.out} in ${r.seconds.toFixed(2)} s`,
    );
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`generate-corpus: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
