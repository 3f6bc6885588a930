/**
 * A new installment's folder, shared by `npm run new` and `npm run import`:
 * the frontmatter in the order docs/editing.md shows it, checked with the
 * build's own article schema and reference checks before anything is
 * written, and written next to a placeholder cover photo, or with no cover
 * at all for a story printed without a photo. Never overwrites.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Document, visit } from 'yaml';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { PLACEHOLDER } from '../../src/lib/placeholder';
import { placeholderPhoto } from '../../src/lib/placeholder-image';
import { fieldPath, type Problem } from '../../src/lib/problems';
import { checkReferences } from '../../src/lib/references';
import { articleSchema } from '../../src/schemas/article';
import { BYLINE_ROLES, type BylineRole } from '../../src/schemas/byline-role';
import type { ContentIndex } from './content-index';

/** Texts the editor must replace; the validator warns while any is left. */
export const PLACEHOLDERS = {
  summary: `${PLACEHOLDER}：一两句话的摘要，最多 120 个字，用于列表、搜索结果和分享`,
  alt: `${PLACEHOLDER}：用一句话描述封面照片里能看到什么（给读屏软件用）`,
  caption: `${PLACEHOLDER}：封面照片的图片说明。cover.jpg 现在是灰色占位图，请换成真正的照片`,
  credit: `${PLACEHOLDER}：封面照片的署名，例如 本报记者 苏弼坤 摄`,
  body: [
    '{/* 正文从这里开始：空一行分段；小标题写成 ## 小标题；正文里的照片写法见 docs/editing.md 第三节。 */}',
    `${PLACEHOLDER}：第一段正文。`,
    `## ${PLACEHOLDER}：小标题`,
    `${PLACEHOLDER}：第二段正文。`,
  ].join('\n\n'),
} as const;

/** File name of the cover photo in a new folder. */
export const COVER_FILE = 'cover.jpg';

/** Frontmatter of a new installment; fields the editor did not give stay undefined for the schema to report. */
export interface DraftFrontmatter {
  series?: string | undefined;
  /** A whole number; anything else is passed on as typed for the schema to report. */
  installment?: number | string | undefined;
  slug?: string | undefined;
  kicker?: string | undefined;
  headline?: string | undefined;
  subtitle?: string | undefined;
  published?: string | undefined;
  print?: { paper: string; date: string } | undefined;
  bylines: Partial<Record<BylineRole, string[]>>;
  districts: string[];
  communities: string[];
  topics: string[];
  summary?: string | undefined;
  cover?: { caption?: string | undefined; credit?: string | undefined; alt?: string | undefined } | undefined;
  /** true for a story printed without a photo: no cover field and no placeholder file. */
  withoutPhoto?: boolean | undefined;
}

/** The frontmatter object as written: docs/editing.md's order, placeholders filled in, `draft: true`. */
export function frontmatterData(input: DraftFrontmatter): Record<string, unknown> {
  const bylines = Object.fromEntries(
    BYLINE_ROLES.filter((role) => (input.bylines[role]?.length ?? 0) > 0).map((role) => [
      role,
      input.bylines[role],
    ]),
  );
  const data: Record<string, unknown> = {
    series: input.series,
    installment: input.installment,
    slug: input.slug,
    kicker: input.kicker,
    headline: input.headline,
    subtitle: input.subtitle,
    published: input.published,
    print: input.print,
    bylines,
    districts: input.districts,
    communities: input.communities,
    topics: input.topics,
    summary: input.summary ?? PLACEHOLDERS.summary,
    cover: input.withoutPhoto
      ? undefined
      : {
          src: `./${COVER_FILE}`,
          alt: input.cover?.alt ?? PLACEHOLDERS.alt,
          caption: input.cover?.caption ?? PLACEHOLDERS.caption,
          credit: input.cover?.credit ?? PLACEHOLDERS.credit,
        },
    draft: true,
  };
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== ''));
}

/** The MDX file: YAML frontmatter (lists of ids on one line) and the body. */
export function renderArticle(input: DraftFrontmatter, body: string): string {
  const doc = new Document(frontmatterData(input));
  visit(doc, {
    Seq(_, node) {
      node.flow = true;
    },
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

/** Outside Astro, image() is the path string; the placeholder file is written with the draft. */
const schema = articleSchema((() => z.string()) as unknown as SchemaContext['image']);
const zhCN = z.locales.zhCN().localeError;

/** The schema's message for one field's value, or undefined when it is fine (for prompts). */
export function fieldError(field: keyof typeof schema.shape, value: unknown): string | undefined {
  const result = schema.shape[field].safeParse(value, { error: zhCN });
  return result.error?.issues[0]?.message;
}

/** Where a new installment goes: content root/articles/<slug>/index.mdx. */
export function articleFile(root: string, slug: string): string {
  return join(root, 'articles', slug, 'index.mdx');
}

/**
 * Everything wrong with a new installment before it is written: the article
 * schema, unknown ids (with what exists), a slug or installment number that
 * is taken, and a folder that already exists.
 */
export function checkDraft(input: DraftFrontmatter, index: ContentIndex): Problem[] {
  const data = frontmatterData(input);
  const slug = input.slug ?? '';
  const file = relative(process.cwd(), articleFile(index.root, slug || '<slug>'));
  const problems: Problem[] = [];
  // The schema coerces loose dates like 2026/5/20; the file and the slug want 2026-05-20.
  const badDate = input.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.published);
  if (badDate) {
    problems.push({
      file,
      field: 'published',
      value: input.published,
      severity: 'error',
      message: fieldError('published', '') ?? '',
    });
  }
  const result = schema.safeParse(data, { error: zhCN });
  const valueAt = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
  for (const issue of result.error?.issues ?? []) {
    if (badDate && issue.path[0] === 'published') continue;
    problems.push({
      file,
      field: fieldPath(issue.path) || '（整个文件）',
      value: valueAt(issue.path),
      severity: 'error',
      message: issue.message,
    });
  }
  const record = {
    file,
    data: {
      series: input.series ?? '',
      installment: typeof input.installment === 'number' ? input.installment : NaN,
      slug,
      districts: input.districts,
      communities: input.communities,
      topics: input.topics,
      bylines: input.bylines,
    },
  };
  const ids = (entries: readonly { id: string }[]) => new Set(entries.map((entry) => entry.id));
  problems.push(
    ...checkReferences([...index.articles, record], [], {
      series: ids(index.series),
      districts: ids(index.districts),
      topics: ids(index.topics),
      communities: ids(index.communities),
      people: ids(index.people),
    }).filter((problem) => problem.file === file),
  );
  if (slug && (index.articleFolders.has(slug) || existsSync(dirname(articleFile(index.root, slug))))) {
    problems.push({
      file,
      field: 'slug',
      value: slug,
      severity: 'error',
      message: `文件夹 ${relative(process.cwd(), dirname(articleFile(index.root, slug)))} 已经存在，不会覆盖已有的文章；请换一个网址名（--slug），或先处理那个文件夹`,
    });
  }
  return problems;
}

/**
 * Writes articles/<slug>/index.mdx and, unless the story has no photo, the
 * placeholder cover. The folder is created exclusively, so an existing one
 * is never touched (EEXIST).
 */
export async function writeArticleFolder(
  root: string,
  slug: string,
  mdx: string,
  { withoutPhoto = false }: { withoutPhoto?: boolean | undefined } = {},
): Promise<string> {
  const file = articleFile(root, slug);
  await mkdir(dirname(dirname(file)), { recursive: true });
  await mkdir(dirname(file));
  await writeFile(file, mdx, { flag: 'wx' });
  if (!withoutPhoto) {
    await writeFile(join(dirname(file), COVER_FILE), await placeholderPhoto(), { flag: 'wx' });
  }
  return file;
}
