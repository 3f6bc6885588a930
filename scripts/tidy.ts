/**
 * npm run tidy -- <file.mdx> … — tidies text pasted by hand from the
 * digital edition: joins paragraphs a column break cut in two and makes
 * half-width punctuation in Chinese text full-width, with the importer's own
 * code (src/import/tidy.ts). The frontmatter is kept exactly as it is; the
 * body is rewritten only when something changed, and every change is shown
 * with its line.
 *
 * Exit codes: 0 done (or nothing to tidy); 1 a file that cannot be read;
 * 2 a mistake in the flags.
 */
import { readFile, writeFile } from 'node:fs/promises';
import pc from 'picocolors';
import { tidyBody } from '../src/import/tidy';
import { UsageError } from './lib/cli';
import { failUsage, parseEditorArgs } from './lib/editor-cli';

const USAGE = `用法：npm run tidy -- <文章的 index.mdx> [更多文件] [--dry-run]

整理从数字报复制粘贴进来的正文：接上被分栏拆开的句子，把中文里的半角标点（, : ; ? ! ( )）换成全角。
文章信息（两行 --- 之间）不动；图片、import、小标题的写法不动。
  --dry-run   只显示会改哪些地方，不写文件
编辑指南：docs/editing.md`;

const FRONTMATTER = /^(\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$))/;

async function tidyFile(file: string, dryRun: boolean): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    console.error(pc.red(`✖ 找不到或读不了文件 ${file}；请检查路径（可以把文件拖进终端窗口得到完整路径）`));
    return false;
  }
  const frontmatter = FRONTMATTER.exec(text)?.[1] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = text.slice(frontmatter.length).replace(/\r\n/g, '\n');
  const firstLine = frontmatter.split('\n').length;
  const { body: tidied, changes } = tidyBody(body, frontmatter ? firstLine : 1);
  if (changes.length === 0) {
    console.log(`${pc.green('✓')} ${file}：正文不用整理。`);
    return true;
  }
  console.log(pc.bold(`${file}：`));
  for (const change of changes) {
    console.log(
      change.kind === 'joined'
        ? `  第 ${change.line} 行  接上了被分栏拆开的句子：${change.detail}`
        : `  第 ${change.line} 行  半角标点换成全角：${change.detail}`,
    );
  }
  if (!dryRun) await writeFile(file, frontmatter + tidied.replace(/\n/g, eol));
  console.log(
    dryRun
      ? `试运行，没有写文件：会改 ${changes.length} 处。`
      : `已改好 ${changes.length} 处并保存。请用 git diff 或编辑器看一遍，再运行 npm run validate。`,
  );
  return true;
}

async function main(argv: readonly string[]): Promise<void> {
  let files: string[];
  let dryRun: boolean;
  try {
    const { values, positionals } = parseEditorArgs(
      argv,
      { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const,
      true,
    );
    if (values.help) {
      console.log(USAGE);
      return;
    }
    if (positionals.length === 0)
      throw new UsageError('请写上要整理的文件路径，例如 content/articles/<文件夹>/index.mdx');
    files = positionals;
    dryRun = values['dry-run'] ?? false;
  } catch (error) {
    if (error instanceof UsageError) return failUsage(error, USAGE);
    throw error;
  }
  let ok = true;
  for (const file of files) ok = (await tidyFile(file, dryRun)) && ok;
  process.exitCode = ok ? 0 : 1;
}

await main(process.argv.slice(2));
