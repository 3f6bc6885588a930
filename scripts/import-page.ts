/**
 * npm run import -- <page.txt> — turns the plain text of a newspaper page
 * (as the paper's digital edition gives it) into one draft installment per
 * article: content/articles/<slug>/index.mdx with the frontmatter filled in
 * where the text tells (headline, kicker, bylines of people on file, date,
 * districts, communities, topics), draft: true, a placeholder cover.jpg (none
 * for a story printed without a photo), and a report of everything the editor
 * has to check. Parsing: src/import/.
 *
 *   npm run import -- page.txt --date 2026-05-13
 *
 * Only the column's stories are imported: the one under the column's banner
 * (src/import/column.ts); the others are listed as 不属于专栏 and taken with
 * --all or --only. A story already in the archive (same headline or nearly
 * the same body, src/lib/duplicate-stories.ts) is skipped.
 *
 * Exit codes: 0 drafts written (or nothing left to import); 1 nothing found,
 * no column story on the page, or a written draft with errors to fix; 2 a
 * mistake in the flags.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import pc from 'picocolors';
import { contentRoot } from '../src/content-layout';
import { parsePage, type ImportedDraft, type ReportItem } from '../src/import/page';
import { StoryIndex } from '../src/lib/duplicate-stories';
import type { Problem } from '../src/lib/problems';
import {
  articleFile,
  checkDraft,
  renderArticle,
  writeArticleFolder,
  type DraftFrontmatter,
} from './lib/article-draft';
import { UsageError } from './lib/cli';
import { nextInstallment, readContentIndex } from './lib/content-index';
import {
  errorCount,
  failUsage,
  normalizeDate,
  parseEditorArgs,
  printProblems,
  splitList,
  today,
} from './lib/editor-cli';
import { proposeSlug, suggestPersonId } from '../src/lib/slug';

const USAGE = `用法：npm run import -- <版面文字.txt> [参数]

把数字报一个版面的纯文字变成草稿，每篇文章一个文件夹（draft: true）。
参数：
  --date 年-月-日     这一版的见报日期，作为每篇的发布日期（推荐写上）
  --year 2026         没有 --date 时，电头“本报5月12日讯”按哪一年算；默认今年
  --series 专栏编号   只有一个专栏时自动选它
  --only 1,3          只导入第 1、3 篇，属不属于专栏都导入（先运行 --dry-run 看编号）
  --all               版面上的每一篇都导入，包括不属于专栏的（默认只导入专栏栏头下的那篇）
  --dry-run           只显示会写哪些草稿和要核对的地方，不写文件
编辑指南：docs/editing.md`;

const OPTIONS = {
  date: { type: 'string' },
  year: { type: 'string' },
  series: { type: 'string' },
  only: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Checks the flags that are not file names; throws UsageError in Chinese. */
function readFlags(argv: readonly string[]) {
  const { values, positionals } = parseEditorArgs(argv, OPTIONS, true);
  if (values.help) return { help: true as const };
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? '请写上版面文字文件的路径'
        : `一次只能导入一个文件，现在有 ${positionals.length} 个`,
    );
  }
  const date = values.date === undefined ? undefined : normalizeDate(values.date);
  if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) {
    throw new UsageError(`--date 应写成 年-月-日，例如 2026-05-13，现在是“${values.date}”`);
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw new UsageError(`--year 应是四位数字的年份，例如 2026，现在是“${values.year}”`);
  }
  const only = splitList(values.only).map(Number);
  if (only.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError(
      `--only 应写文章的编号，例如 --only 1,3，现在是“${splitList(values.only).join(',')}”`,
    );
  }
  return {
    help: false as const,
    file: positionals[0] ?? '',
    date,
    year: values.year === undefined ? undefined : Number(values.year),
    series: values.series,
    only,
    all: values.all ?? false,
    dryRun: values['dry-run'] ?? false,
  };
}

/** The parser's notes as problems in the validator's format, pointing at the draft's file. */
const asWarnings = (file: string, report: readonly ReportItem[]): Problem[] =>
  report.map((item) => ({
    file,
    field: item.field,
    value: item.value,
    severity: 'warning',
    message: item.message,
  }));

/** A draft's frontmatter: what the parser told, plus column, number and slug. */
function frontmatterOf(
  draft: ImportedDraft,
  series: string | undefined,
  installment: number | undefined,
  slug: string,
) {
  return {
    series,
    installment,
    slug,
    kicker: draft.kicker,
    headline: draft.headline,
    subtitle: draft.subtitle,
    published: draft.published,
    print: draft.print,
    bylines: draft.bylines,
    districts: draft.districts,
    communities: draft.communities,
    topics: draft.topics,
    cover: draft.cover,
    withoutPhoto: draft.cover === undefined,
  } satisfies DraftFrontmatter;
}

async function main(argv: readonly string[]): Promise<void> {
  let flags: ReturnType<typeof readFlags>;
  try {
    flags = readFlags(argv);
  } catch (error) {
    if (error instanceof UsageError) return failUsage(error, USAGE);
    throw error;
  }
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  let text: string;
  try {
    text = await readFile(flags.file, 'utf8');
  } catch {
    console.error(
      pc.red(`✖ 找不到或读不了文件 ${flags.file}；请检查路径（可以把文件拖进终端窗口得到完整路径）`),
    );
    process.exitCode = 1;
    return;
  }

  const index = await readContentIndex(contentRoot());
  const series = flags.series ?? (index.series.length === 1 ? index.series[0]?.id : undefined);
  if (!index.series.some((s) => s.id === series)) {
    const known = index.series.map((s) => `${s.id}（${s.name}）`).join('、') || '（目前一个也没有）';
    console.error(
      pc.red(
        `✖ ${series ? `没有编号为 ${series} 的专栏` : '有不止一个专栏'}；请用 --series 指定，可用的有：${known}`,
      ),
    );
    process.exitCode = 1;
    return;
  }
  const column = index.series.find((s) => s.id === series);
  const page = parsePage(text, {
    people: index.people,
    districts: index.districts,
    communities: index.communities,
    topics: index.topics,
    date: flags.date,
    year: flags.year,
    today: today(),
    paper: column?.paper,
    column: column?.name,
    suggestId: suggestPersonId,
  });
  const pageProblems = asWarnings(flags.file, page.report);
  printProblems(pageProblems);
  if (page.drafts.length === 0) {
    console.log(
      pc.red(`\n没有在 ${flags.file} 里找到文章。`) +
        '\n每篇文章要有一到三行标题，后面跟署名（本报记者 某某）或电头（本报5月12日讯（记者 某某））；请检查文件是不是数字报的纯文字。',
    );
    process.exitCode = 1;
    return;
  }

  // Stories already in the archive, and those written by this run, by headline and body.
  const archive = new StoryIndex();
  const folderOf = (slug: string) => relative(process.cwd(), dirname(articleFile(index.root, slug)));
  for (const story of index.stories) archive.add({ key: folderOf(story.folder), ...story });
  let installment = series ? nextInstallment(index, series) : undefined;
  const wanted = flags.only.length > 0 ? new Set(flags.only) : undefined;
  const taken = (draft: ImportedDraft, n: number) =>
    flags.all ? true : wanted ? wanted.has(n) : draft.inColumn;
  const problems: Problem[] = [];
  const counts = { written: 0, notColumn: 0, already: 0 };
  for (const [i, draft] of page.drafts.entries()) {
    const title = `第 ${i + 1} 篇 ${draft.headline}`;
    if (!taken(draft, i + 1)) {
      if (wanted) {
        console.log(pc.dim(`\n${title}：没有导入（--only）`));
      } else {
        counts.notColumn++;
        console.log(
          pc.dim(
            `\n${title}：不属于专栏（版面上没有《${column?.name ?? series}》的栏头标着它），没有导入；确实要导入就加 --only ${i + 1}，全部导入加 --all`,
          ),
        );
      }
      continue;
    }
    const [already] = archive.match({ key: '', headline: draft.headline, body: draft.body });
    if (already) {
      counts.already++;
      const why =
        already.reason === 'headline'
          ? '标题相同'
          : `正文有 ${Math.round((already.similarity ?? 1) * 100)}% 相同`;
      console.log(
        pc.yellow(
          `\n${title}：已在归档中：${already.of}（${why}），跳过；如确需再导入（例如想从头再改），请先删除那个文件夹再运行；确是另一篇报道时，请改正那一篇的标题`,
        ),
      );
      continue;
    }
    // A folder of that name already there (another story, same date and opening words): number this one.
    const proposed = proposeSlug(draft.headline, draft.published);
    let slug = proposed;
    for (
      let n = 2;
      index.articleFolders.has(slug) || existsSync(dirname(articleFile(index.root, slug)));
      n++
    ) {
      slug = `${proposed}-${n}`;
    }
    const frontmatter = frontmatterOf(draft, series, installment, slug);
    const file = relative(process.cwd(), articleFile(index.root, slug));
    const found = [...asWarnings(file, draft.report), ...checkDraft(frontmatter, index)];
    problems.push(...found);
    if (!flags.dryRun) {
      await writeArticleFolder(index.root, slug, renderArticle(frontmatter, draft.body), {
        withoutPhoto: frontmatter.withoutPhoto,
      });
      index.articles.push({
        file,
        data: { ...frontmatter, installment: installment ?? NaN, series: series ?? '' },
      });
    }
    index.articleFolders.add(slug);
    archive.add({ key: folderOf(slug), headline: draft.headline, body: draft.body });
    counts.written++;
    if (installment !== undefined) installment++;
    console.log(`\n${pc.bold(title)} → ${file}`);
    printProblems(found);
  }

  const errors = errorCount(problems);
  const verb = flags.dryRun ? '会写入' : '已写入';
  const skipped = [
    counts.notColumn > 0 ? `${counts.notColumn} 篇不属于专栏` : '',
    counts.already > 0 ? `${counts.already} 篇已在归档中` : '',
  ].filter(Boolean);
  console.log(
    `\n${flags.dryRun ? '试运行，没有写文件。' : ''}从 ${flags.file} 找到 ${page.drafts.length} 篇文章，${verb} ${counts.written} 篇草稿（draft: true）${skipped.length > 0 ? `；${skipped.join('，')}，没有导入` : ''}。`,
  );
  if (!page.columnFound && !flags.all && !wanted) {
    console.log(
      pc.red(
        `版面上没有找到专栏《${column?.name ?? series}》的栏头，看不出哪篇属于专栏，所以一篇也没有导入。` +
          `请核对这是不是专栏见报的那一版；确实要导入，用 --only 编号 选定文章，或用 --all 全部导入。`,
      ),
    );
    process.exitCode = 1;
    return;
  }
  if (counts.written === 0) {
    process.exitCode = counts.already > 0 ? 0 : 1;
    return;
  }
  console.log(
    [
      '',
      errors > 0
        ? pc.red(`写入的草稿里有 ${errors} 个错误必须改正，网站才能生成；见上面的 ✖ 错误。`)
        : pc.green('草稿可以通过检查；上面的 ▲ 提醒是导入时拿不准、需要人工核对的地方。'),
      '下一步：',
      '  1. 逐条核对上面的提醒，在每篇的 index.mdx 里改正。',
      '  2. 把每篇的 cover.jpg（灰色占位图，不换发布时会被拒绝）换成报纸的照片，并写好封面的替代文字（alt）；报纸上没有照片的按无图报道导入，没有封面。',
      '  3. 正文按本站的写法改写，补上摘要（summary）；所有“待填写”都要换成真正的内容。',
      '  4. 运行 npm run validate 检查，npm run dev 预览；准备发布时把 draft: true 改成 draft: false。',
    ].join('\n'),
  );
  process.exitCode = errors > 0 ? 1 : 0;
}

await main(process.argv.slice(2));
