/** Editor commands run as `npm run` runs them (scripts/lib/run-cli.ts), and their MDX output read back. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export { runCli, type CliResult } from '../../scripts/lib/run-cli';

/** Frontmatter and body of an MDX file. */
export function readMdx(path: string): { data: Record<string, unknown>; body: string; text: string } {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`no frontmatter in ${path}`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: text.slice(match[0].length), text };
}
