/**
 * Where editors' files live under the content folder, shared by the Astro
 * collections and the validator so both read exactly the same files.
 */
import { resolve } from 'node:path';

/** The content folder: `content/`, or SITE_CONTENT_DIR for tests and benchmarks. */
export function contentRoot(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.SITE_CONTENT_DIR ?? 'content');
}

/** Collection → folder (under the content root) and file pattern. */
export const LAYOUT = {
  articles: { folder: 'articles', pattern: '*/index.mdx' },
  series: { folder: 'series', pattern: '*/index.mdx' },
  districts: { folder: 'districts', pattern: '*.yaml' },
  topics: { folder: 'topics', pattern: '*.yaml' },
  communities: { folder: 'communities', pattern: '*.yaml' },
  people: { folder: 'people', pattern: '*.yaml' },
} as const;

export type CollectionName = keyof typeof LAYOUT;

/** An entry's id: the folder name for MDX entries, the file name for YAML. */
export function entryId(relativePath: string): string {
  const parts = relativePath.split('/');
  const last = parts.at(-1) ?? '';
  return last === 'index.mdx' ? (parts.at(-2) ?? '') : last.replace(/\.ya?ml$/, '');
}
