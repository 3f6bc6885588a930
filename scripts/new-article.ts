/**
 * npm run new — starts a new installment: asks for its headline, date,
 * districts, communities, topics and people (or takes them from flags when
 * not in a terminal), checks them with the build's own schema and reference
 * checks, and writes content/articles/<slug>/ with index.mdx (draft: true,
 * 待填写 placeholders) and a grey placeholder cover.jpg, or no cover at all for
 * a story without a photo (--no-photo). Never overwrites.
 *
 *   npm run new
 *   npm run new -- --headline 电梯换新了 --district qiongshan --topic lift-renewal --reporter li-xin --yes
 *
 * Exit codes: 0 written, 1 a problem with the values (nothing written), 2 a mistake in the flags.
 */
import * as p from '@clack/prompts';
import { dirname, relative } from 'node:path';
import pc from 'picocolors';
import { contentRoot } from '../src/content-layout';
import type { Problem } from '../src/lib/problems';
import { CITYWIDE } from '../src/schemas/article';
import { BYLINE_ROLES, type BylineRole } from '../src/schemas/byline-role';
import { t } from '../src/i18n/zh-CN';
import {
  articleFile,
  checkDraft,
  fieldError,
  PLACEHOLDERS,
  renderArticle,
  writeArticleFolder,
  type DraftFrontmatter,
} from './lib/article-draft';
import { UsageError } from './lib/cli';
import { HOW_TO_ADD, nextInstallment, readContentIndex, type ContentIndex } from './lib/content-index';
import {
  errorCount,
  failUsage,
  normalizeDate,
  parseEditorArgs,
  printProblems,
  splitList,
  today,
} from './lib/editor-cli';
import { proposeSlug } from '../src/lib/slug';

const USAGE = `用法：npm run new                      在终端里一问一答
      npm run new -- --参数 值 … --yes     不提问，全部用参数

参数（都可不写；在终端里会提问，不在终端里就用建议值）：
  --headline 主标题                 必填
  --kicker 引题  --subtitle 副题    可不写
  --series 专栏编号                 只有一个专栏时自动选它
  --installment 期数                默认：这个专栏现有最大期数 + 1
  --published 年-月-日              默认：今天
  --district 区编号                 可写多次，或用逗号分隔；全市性的报道写 ${CITYWIDE}
  --community 小区编号              可写多次，或用逗号分隔
  --topic 话题编号                  可写多次，或用逗号分隔；至少一个
  --reporter / --special-correspondent / --correspondent / --photographer 人员编号
                                    可写多次，或用逗号分隔；至少要有一位作者
  --slug 网址名                     默认：发布日期-标题拼音，例如 2026-05-20-dianti-gengxin
  --summary 摘要                    默认：待填写
  --no-photo                        这篇没有照片：不写封面，也不放灰色占位图
  --yes                             在终端里也不提问，直接写入
编辑指南：docs/editing.md`;

const OPTIONS = {
  headline: { type: 'string' },
  kicker: { type: 'string' },
  subtitle: { type: 'string' },
  series: { type: 'string' },
  installment: { type: 'string' },
  published: { type: 'string' },
  district: { type: 'string', multiple: true },
  community: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  reporter: { type: 'string', multiple: true },
  'special-correspondent': { type: 'string', multiple: true },
  correspondent: { type: 'string', multiple: true },
  photographer: { type: 'string', multiple: true },
  slug: { type: 'string' },
  summary: { type: 'string' },
  'no-photo': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parseEditorArgs<typeof OPTIONS>>['values'];

/** The flag that sets a frontmatter field, for messages: districts[0] → --district. */
const FLAG_OF: Record<string, string> = {
  districts: '--district',
  communities: '--community',
  topics: '--topic',
  installment: '--installment',
  published: '--published',
  headline: '--headline',
  kicker: '--kicker',
  subtitle: '--subtitle',
  series: '--series',
  slug: '--slug',
  summary: '--summary',
  ...Object.fromEntries(BYLINE_ROLES.map((role) => [`bylines.${role}`, `--${role}`])),
  bylines: '--reporter 等',
};

/** A problem's field with the flag that sets it: `districts[0]（--district）`. */
function withFlag(problem: Problem): Problem {
  const key = Object.keys(FLAG_OF)
    .sort((a, b) => b.length - a.length)
    .find(
      (k) => problem.field === k || problem.field.startsWith(`${k}[`) || problem.field.startsWith(`${k}.`),
    );
  return key ? { ...problem, field: `${problem.field}（${FLAG_OF[key]}）` } : problem;
}

/** The installment as the flags give it, completed with proposals where a flag is missing. */
function draftFromFlags(flags: Flags, index: ContentIndex, day: string): DraftFrontmatter {
  const series = flags.series ?? (index.series.length === 1 ? index.series[0]?.id : undefined);
  const published = normalizeDate(flags.published ?? day);
  const installment = flags.installment?.trim();
  const bylines: Partial<Record<BylineRole, string[]>> = {};
  for (const role of BYLINE_ROLES) {
    const ids = splitList(flags[role]);
    if (ids.length > 0) bylines[role] = ids;
  }
  return {
    series,
    installment:
      installment === undefined
        ? series
          ? nextInstallment(index, series)
          : undefined
        : /^\d+$/.test(installment)
          ? Number(installment)
          : installment,
    slug: flags.slug ?? (flags.headline ? proposeSlug(flags.headline, published) : undefined),
    kicker: flags.kicker,
    headline: flags.headline,
    subtitle: flags.subtitle,
    published,
    bylines,
    districts: splitList(flags.district),
    communities: splitList(flags.community),
    topics: splitList(flags.topic),
    summary: flags.summary,
    withoutPhoto: flags['no-photo'],
  };
}

/** Stops when the editor pressed Ctrl+C or Esc. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) {
    p.cancel('已取消，没有写入任何文件。');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

const CHOOSE = '（↑↓ 移动，空格 选中或取消，回车 确认）';

/** A person in a byline list, with their usual role when it is another one. */
function personOption(person: ContentIndex['people'][number], role: BylineRole) {
  const usual = BYLINE_ROLES.find((r) => r === person.role);
  const hint = usual && usual !== role ? `${person.id}，常用身份：${t.bylines[usual]}` : person.id;
  return { value: person.id, label: person.name, hint };
}

/** Asks for every value the flags did not give, proposing the slug and the installment number. */
async function ask(flags: Flags, index: ContentIndex, day: string): Promise<DraftFrontmatter> {
  const draft = draftFromFlags(flags, index, day);
  p.intro(pc.bold('新增一期'));

  if (!flags.series && index.series.length > 1) {
    draft.series = answered(
      await p.select({
        message: '所属专栏',
        options: index.series.map((s) => ({ value: s.id, label: s.name, hint: s.id })),
      }),
    );
    draft.installment = nextInstallment(index, draft.series);
  } else if (draft.series) {
    p.log.info(`专栏：${index.series.find((s) => s.id === draft.series)?.name ?? draft.series}`);
  }
  const text = async (
    message: string,
    field: 'headline' | 'kicker' | 'subtitle' | 'summary',
    optional = false,
  ) =>
    answered(
      await p.text({
        message,
        placeholder: optional ? '可不写，直接回车' : '',
        validate: (value) => (optional && !value?.trim() ? undefined : fieldError(field, value ?? '')),
      }),
    ).trim() || undefined;

  draft.headline = flags.headline ?? (await text('主标题', 'headline'));
  if (!flags.kicker) draft.kicker = await text('引题（主标题上面的一行）', 'kicker', true);
  if (!flags.subtitle) draft.subtitle = await text('副题（主标题下面的一行）', 'subtitle', true);
  if (!flags.published) {
    draft.published = normalizeDate(
      answered(
        await p.text({
          message: '发布日期（年-月-日）',
          initialValue: day,
          validate: (value) => fieldError('published', normalizeDate(value ?? '')),
        }),
      ),
    );
  }
  if (!flags.installment && draft.series) {
    draft.installment = Number(
      answered(
        await p.text({
          message: `第几期（这个专栏现有最大期数 + 1 是 ${nextInstallment(index, draft.series)}）`,
          initialValue: String(draft.installment),
          validate: (value) => fieldError('installment', Number(value)),
        }),
      ),
    );
  }
  if (!flags.slug) {
    draft.slug = answered(
      await p.text({
        message: '网址名（slug，只用小写字母、数字和连字符）',
        initialValue: proposeSlug(draft.headline ?? '', draft.published ?? day),
        validate: (value) =>
          fieldError('slug', value ?? '') ??
          (index.articleFolders.has(value ?? '') ? `已经有文件夹 ${value}，请换一个网址名` : undefined),
      }),
    );
  }

  const pick = async (
    message: string,
    options: { value: string; label: string; hint?: string }[],
    required: boolean,
  ): Promise<string[]> => {
    if (options.length === 0) {
      p.log.warn(`目前还没有可选的${message}。`);
      return [];
    }
    return answered(
      await p.multiselect({ message: `${message}${CHOOSE}`, options, required, showInstructions: false }),
    );
  };
  const howToAdd = (kind: keyof typeof HOW_TO_ADD) => p.log.message(pc.dim(HOW_TO_ADD[kind]));
  const districtName = (id: string | undefined) => index.districts.find((d) => d.id === id)?.name ?? id;

  if (!flags.district) {
    howToAdd('districts');
    draft.districts = await pick(
      '所属区',
      [
        ...index.districts.map((d) => ({ value: d.id, label: d.name, hint: d.id })),
        { value: CITYWIDE, label: t.citywide, hint: `${CITYWIDE}（不能和具体的区同时选）` },
      ],
      true,
    );
  }
  if (!flags.community) {
    howToAdd('communities');
    draft.communities = await pick(
      '涉及的小区（可不选）',
      index.communities.map((c) => ({
        value: c.id,
        label: c.name,
        hint: `${districtName(c.district)} ${c.id}`,
      })),
      false,
    );
  }
  if (!flags.topic) {
    howToAdd('topics');
    draft.topics = await pick(
      '话题（至少一个）',
      index.topics.map((topic) => ({ value: topic.id, label: topic.name, hint: topic.id })),
      true,
    );
  }
  const hasByline = () => BYLINE_ROLES.some((role) => (draft.bylines[role]?.length ?? 0) > 0);
  if (!BYLINE_ROLES.some((role) => flags[role])) {
    howToAdd('people');
    // The schema wants at least one author; ask again rather than fail at the end.
    while (!hasByline() && index.people.length > 0) {
      for (const role of BYLINE_ROLES) {
        const ids = await pick(
          `${t.bylines[role]}（可不选）`,
          // People whose usual role this is come first.
          [...index.people]
            .sort((a, b) => Number(b.role === role) - Number(a.role === role))
            .map((person) => personOption(person, role)),
          false,
        );
        if (ids.length > 0) draft.bylines[role] = ids;
      }
      if (!hasByline()) p.log.warn('署名至少要有一位作者，请再选一次。');
    }
  }
  if (!flags.summary) draft.summary = await text('摘要（最多 120 个字，可以以后再写）', 'summary', true);
  if (!flags['no-photo']) {
    draft.withoutPhoto = !answered(
      await p.confirm({
        message: '这篇有照片吗？（没有照片的报道选“没有”：不写封面，也不放灰色占位图）',
        active: '有',
        inactive: '没有',
      }),
    );
  }
  return draft;
}

function nextSteps(file: string, withoutPhoto: boolean): string {
  const folder = relative(process.cwd(), dirname(file));
  return [
    pc.green(`✔ 已新建 ${relative(process.cwd(), file)}（草稿，draft: true）`),
    '',
    '下一步：',
    withoutPhoto
      ? '  1. 这篇按无图报道新建，没有封面；以后有了照片，按 docs/editing.md 加上 cover 字段和照片文件。'
      : `  1. 用真正的封面照片替换 ${folder}/cover.jpg（现在是灰色占位图，发布时会被拒绝；宽度最好不小于 1200 像素）。`,
    withoutPhoto
      ? '  2. 打开 index.mdx，把所有以“待填写”开头的文字换成真正的内容：摘要（summary）和正文。'
      : '  2. 打开 index.mdx，把所有以“待填写”开头的文字换成真正的内容：摘要（summary）、封面照片的替代文字、图片说明、署名，以及正文。',
    '  3. 运行 npm run validate 检查（“待填写”和“草稿”两种提醒会一直显示到改好为止），用 npm run dev 预览。',
    '  4. 准备发布时把 draft: true 改成 draft: false，再提交。编辑指南：docs/editing.md',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  let flags: Flags;
  try {
    flags = parseEditorArgs(argv, OPTIONS).values;
  } catch (error) {
    if (error instanceof UsageError) return failUsage(error, USAGE);
    throw error;
  }
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const index = await readContentIndex(contentRoot());
  const day = today();
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !flags.yes;
  const draft = interactive ? await ask(flags, index, day) : draftFromFlags(flags, index, day);

  const problems = checkDraft(draft, index).map((problem) => (interactive ? problem : withFlag(problem)));
  if (errorCount(problems) > 0) {
    printProblems(problems);
    console.log(
      `\n${pc.red(`没有写入任何文件：${errorCount(problems)} 个错误。`)}\n` +
        '按每条 → 后面的说明改正参数后重新运行；查看全部参数：npm run new -- --help',
    );
    process.exitCode = 1;
    return;
  }
  const mdx = renderArticle(draft, PLACEHOLDERS.body);
  if (interactive) {
    p.note(mdx.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '', '文章信息');
    const folder = relative(process.cwd(), dirname(articleFile(index.root, draft.slug ?? '')));
    if (!answered(await p.confirm({ message: `写入 ${folder}/？`, active: '写入', inactive: '取消' }))) {
      p.cancel('已取消，没有写入任何文件。');
      process.exitCode = 1;
      return;
    }
  }
  let file: string;
  try {
    file = await writeArticleFolder(index.root, draft.slug ?? '', mdx, { withoutPhoto: draft.withoutPhoto });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    printProblems([
      {
        file: relative(process.cwd(), `${index.root}/articles/${draft.slug}`),
        field: 'slug',
        value: draft.slug,
        severity: 'error',
        message: '这个文件夹已经存在，不会覆盖；请换一个网址名（--slug）',
      },
    ]);
    process.exitCode = 1;
    return;
  }
  if (interactive) p.outro('写好了。');
  console.log(nextSteps(file, draft.withoutPhoto ?? false));
}

await main(process.argv.slice(2));
