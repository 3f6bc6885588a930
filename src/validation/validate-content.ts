/**
 * Checks all content with the build's own zod schemas, without building.
 * Used before every build (src/integrations/content-guard.ts), by
 * `npm run validate`, and by the tests. Reports every problem at once.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { contentRoot, entryId, LAYOUT, type CollectionName } from '../content-layout';
import { PLACEHOLDER } from '../lib/placeholder';
import { isPublished } from '../lib/publish';
import { bodyImports } from '../lib/mdx-body';
import { fieldPath, type Problem } from '../lib/problems';
import {
  checkReferences,
  placeOf,
  type ArticleRecord,
  type CommunityRecord,
  type Locate,
} from '../lib/references';
import { articleSchema, type ArticleData } from '../schemas/article';
import { communitySchema } from '../schemas/community';
import { districtSchema } from '../schemas/district';
import { personSchema } from '../schemas/person';
import { seriesSchema } from '../schemas/series';
import { topicSchema } from '../schemas/topic';
import { imageMessage, isRemote } from './body-markup';
import { checkContentFiles, type EntryFile } from './content-files';
import { checkDuplicateNames, type NamedCollection } from './duplicate-names';
import { duplicateStoryCheck } from './duplicate-stories';
import { BODY_SYNTAX_FIELD, checkFigures } from './figures';
import { pastedTextReminder } from './pasted-text';
import { checkPhotos, type ArticlePhotos } from './photos';
import { readEntry, type ReadEntry } from './read-entry';
import { decodeText } from './read-text';

/** Outside Astro, image() is the path string; the file itself is checked below. */
const imagePath = (() =>
  z.string({ error: '缺少图片文件路径（src），例如 ./cover.jpg' }).min(1, {
    error: '缺少图片文件路径（src），例如 ./cover.jpg',
  })) as unknown as SchemaContext['image'];

const SCHEMAS = {
  articles: articleSchema(imagePath),
  series: seriesSchema,
  districts: districtSchema,
  topics: topicSchema,
  communities: communitySchema,
  people: personSchema,
} satisfies Record<CollectionName, z.ZodType>;

/** Chinese fallback for any zod message a schema did not word itself. */
const zhCN = z.locales.zhCN().localeError;

interface Parsed<T> {
  id: string;
  file: string;
  absolutePath: string;
  data: T;
  locate: Locate;
  /** false when the entry failed its schema and `data` was read leniently, or its cover is on another host (no file to check). */
  valid: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
const record = (value: unknown) =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** What the cross-reference checks need, read from data that failed its schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lenient reading is only ever used for references
const lenient: Record<CollectionName, (raw: unknown) => any> = {
  articles: (raw) => {
    const data = record(raw);
    const bylines = Object.fromEntries(
      Object.entries(record(data.bylines)).map(([role, ids]) => [role, texts(ids)]),
    );
    return {
      series: text(data.series),
      installment: typeof data.installment === 'number' ? data.installment : NaN,
      slug: text(data.slug),
      districts: texts(data.districts),
      communities: texts(data.communities),
      topics: texts(data.topics),
      bylines,
    };
  },
  communities: (raw) => ({ district: text(record(raw).district) }),
  series: (raw) => raw,
  districts: (raw) => raw,
  topics: (raw) => raw,
  people: (raw) => raw,
};

export interface ValidationResult {
  problems: Problem[];
  /** How many files of each collection were read. */
  counts: Record<CollectionName, number>;
}

export interface ValidateOptions {
  /** Project root; file names in problems are relative to it. */
  projectRoot?: string;
  /** The content folder; defaults to `content/` or SITE_CONTENT_DIR. */
  contentDir?: string;
  /** "Today" for the future-date warning. */
  now?: Date;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Validates every content file and returns all problems found. */
export async function validateContent(options: ValidateOptions = {}): Promise<ValidationResult> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const root = options.contentDir ?? contentRoot(projectRoot);
  const now = options.now ?? new Date();
  const problems: Problem[] = [];
  const counts = {} as Record<CollectionName, number>;
  const parsed = {} as { [K in CollectionName]: Parsed<z.output<(typeof SCHEMAS)[K]>>[] };
  /** Every entry file found, read or not, for the file-name checks. */
  const entryFiles: EntryFile[] = [];
  /** Collections with a file that could not be read at all: what it uses is unknown. */
  const unreadable = new Set<CollectionName>();
  const unreadFolders = new Set<string>();
  /** Photos articles use, as absolute paths: covers and body imports. */
  const usedPhotos = new Set<string>();
  const duplicateStories = duplicateStoryCheck();
  const articlePhotos: ArticlePhotos[] = [];

  await Promise.all(
    (Object.keys(LAYOUT) as CollectionName[]).map(async (name) => {
      const base = resolve(root, LAYOUT[name].folder);
      const files = (await glob(LAYOUT[name].pattern, { cwd: base })).sort();
      counts[name] = files.length;
      const entries: Parsed<unknown>[] = [];
      for (const relativeFile of files) {
        const absolutePath = resolve(base, relativeFile);
        const file = relative(projectRoot, absolutePath);
        const id = entryId(relativeFile);
        const decoded = decodeText(file, await readFile(absolutePath));
        const entry = decoded.problem ? undefined : readEntry(file, decoded.text);
        entryFiles.push({ collection: name, file, id, data: entry?.data });
        if (decoded.problem) problems.push(decoded.problem);
        if (entry) problems.push(...entry.problems);
        if (entry?.data === undefined) {
          unreadable.add(name);
          unreadFolders.add(dirname(absolutePath));
          continue;
        }
        const result = SCHEMAS[name].safeParse(entry.data ?? {}, { error: zhCN });
        if (!result.success) {
          for (const issue of result.error.issues) {
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
            for (const key of keys) {
              const path = key === undefined ? issue.path : [...issue.path, key];
              problems.push({
                file,
                line: entry.locate(path as (string | number)[]),
                field: fieldPath(path) || '（整个文件）',
                value: valueAt(entry.data, path),
                severity: 'error',
                message: issue.message,
              });
            }
          }
        }
        problems.push(...placeholderWarnings(file, entry));
        if (name === 'articles') {
          const figures = checkFigures(file, absolutePath, entry.body, entry.bodyLine);
          problems.push(...figures);
          // A body that cannot be parsed imports photos nobody can list.
          if (figures.some((p) => p.field === BODY_SYNTAX_FIELD)) unreadFolders.add(dirname(absolutePath));
          const { photos } = bodyImports(entry.body);
          const folder = dirname(absolutePath);
          const cover = valueAt(entry.data, ['cover', 'src']);
          if (typeof cover === 'string') usedPhotos.add(resolve(folder, cover));
          if (typeof cover === 'string' && isRemote(cover)) {
            const line = entry.locate(['cover', 'src']);
            problems.push({
              file,
              line,
              field: 'cover.src',
              value: cover,
              severity: 'error',
              message: imageMessage(cover),
            });
          }
          for (const { path } of photos) usedPhotos.add(resolve(folder, path));
          problems.push(...duplicateStories(file, entry));
          problems.push(...pastedTextReminder(file, entry));
          // `name` does not narrow `result`: here it is the articles schema's. A cover on
          // another host is reported above and has no file to open.
          articlePhotos.push({
            ...entry,
            file,
            absolutePath,
            raw: entry.data,
            photos,
            data: isRemote(String(cover ?? '')) ? undefined : (result.data as ArticleData | undefined),
          });
        }
        // An entry that failed its schema still takes part in the reference checks, read
        // leniently, so that one run reports its unknown ids and duplicates too.
        const data = result.success ? result.data : lenient[name](entry.data);
        // A cover on another host is reported above; there is no file to open.
        const remoteCover = isRemote(String(valueAt(entry.data, ['cover', 'src']) ?? ''));
        entries.push({
          id,
          file,
          absolutePath,
          data,
          locate: entry.locate,
          valid: result.success && !remoteCover,
        });
      }
      (parsed as Record<CollectionName, Parsed<unknown>[]>)[name] = entries;
    }),
  );

  // A file that could not be read still defines its id: one broken file, one error, not one per reference.
  const ids = (name: CollectionName) =>
    new Set(entryFiles.filter((entry) => entry.collection === name).map((entry) => entry.id));
  const articles: ArticleRecord[] = parsed.articles;
  const communities: CommunityRecord[] = parsed.communities;
  problems.push(
    ...checkReferences(articles, communities, {
      series: ids('series'),
      districts: ids('districts'),
      topics: ids('topics'),
      communities: ids('communities'),
      people: ids('people'),
    }),
  );

  problems.push(
    ...parsed.articles.filter((article) => article.valid).flatMap((a) => publishWarnings(a, now)),
  );
  problems.push(...(await checkPhotos(articlePhotos)));
  const files = await checkContentFiles({
    projectRoot,
    contentRoot: root,
    entries: entryFiles,
    usedPhotos,
    unreadFolders,
  });
  problems.push(...files.problems);
  for (const name of ['districts', 'topics', 'communities', 'people'] as const satisfies NamedCollection[]) {
    problems.push(...checkDuplicateNames(name, parsed[name]));
  }
  // An article that could not be read, or is in a file the build skips, may well use them: no guessing.
  if (!unreadable.has('articles') && !files.misnamedArticles) {
    problems.push(...unusedEntries(parsed.articles, parsed.communities, 'communities', (a) => a.communities));
    problems.push(
      ...unusedEntries(parsed.articles, parsed.people, 'people', (a) =>
        Object.values(a.bylines).flatMap((ids) => ids ?? []),
      ),
    );
  }
  return { problems, counts };
}

/** Warnings for drafts and future dates (the photo files are checked in ./photos.ts). */
function publishWarnings(article: Parsed<ArticleData>, now: Date): Problem[] {
  const problems: Problem[] = [];
  const { data } = article;
  const at = (path: (string | number)[]) => placeOf(article, path);
  if (data.draft) {
    problems.push({
      ...at(['draft']),
      value: true,
      severity: 'warning',
      message: '这篇还是草稿，正式网站不会发布；准备发布时改成 draft: false',
    });
  } else if (!isPublished(data, { now, preview: false })) {
    problems.push({
      ...at(['published']),
      value: data.published,
      severity: 'warning',
      message: '发布日期在未来，到那一天（北京时间）的构建才会发布；如果不是定时发布，请改正日期',
    });
  }
  return problems;
}

const PLACEHOLDER_FIX = '请换成真正的内容，发布前必须改好（占位文字是 npm run new 或 npm run import 写入的）';

/**
 * Text still starting with 待填写: each such field, and the body once. A
 * warning in a draft; an error once draft is off, so it is never published.
 */
function placeholderWarnings(file: string, entry: ReadEntry): Problem[] {
  const problems: Problem[] = [];
  const isDraft = (entry.data as { draft?: unknown } | undefined)?.draft === true;
  const severity = isDraft ? ('warning' as const) : ('error' as const);
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER)) {
      problems.push({
        file,
        line: entry.locate(path),
        field: fieldPath(path),
        value,
        severity,
        message: `还是占位文字（以“${PLACEHOLDER}”开头）；${PLACEHOLDER_FIX}`,
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(entry.data, []);
  const lines = entry.body
    .split('\n')
    .map((line, i) => ({ text: line.trim(), line: entry.bodyLine + i }))
    .filter(({ text }) => text.replace(/^#+\s*/, '').startsWith(PLACEHOLDER));
  if (lines.length > 0) {
    problems.push({
      file,
      line: lines[0]?.line,
      field: '正文',
      value: lines[0]?.text,
      severity,
      message: `正文里还有 ${lines.length} 处以“${PLACEHOLDER}”开头的文字（第 ${lines.map((l) => l.line).join('、')} 行）；${PLACEHOLDER_FIX}`,
    });
  }
  return problems;
}

/** Warns about a community or person that no article uses (often a typo in an id). */
function unusedEntries<T>(
  articles: readonly Parsed<ArticleData>[],
  entries: readonly Parsed<T>[],
  kind: 'communities' | 'people',
  used: (article: ArticleData) => readonly string[],
): Problem[] {
  const usedIds = new Set(articles.flatMap((article) => used(article.data)));
  const label = kind === 'communities' ? '小区' : '人员';
  return entries
    .filter((entry) => !usedIds.has(entry.id))
    .map((entry) => ({
      file: entry.file,
      field: '（整个文件）',
      value: entry.id,
      severity: 'warning' as const,
      message: `还没有文章用到这个${label}（编号 ${entry.id}）；如果文章里写的编号不同，请核对拼写`,
    }));
}
