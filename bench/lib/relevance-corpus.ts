/**
 * The content folder the search relevance suite and `npm run bench:search --
 * --corpus N` search in: N generated installments plus the real newspaper
 * page, imported with the project's own importer at run time and made
 * publishable the way an editor following docs/editing.md would. The
 * paper's text is never committed; it is read from the seed page
 * (shared/seeds/, beside the project) into a temporary folder.
 *
 * Steps: the generator (bench/generate-corpus.ts) writes N installments
 * next to a copy of the project's districts, topics, communities, people and
 * column, but not its installments (the project's installment 1 is its own
 * rewrite of the page's main story, so the page's text is the only copy, and
 * generated slugs do not move when editors add installments). Then
 * `npm run import` (scripts/import-page.ts) imports the page, after the
 * people its bylines name have files; then each draft gets a real cover,
 * alt text, summary, districts and topics, and `draft: false`; then the
 * validator checks everything and any error stops the run.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { generateCorpus } from '../generate-corpus.ts';
import { parsePage } from '../../src/import/page.ts';
import { PLACEHOLDER } from '../../src/lib/placeholder.ts';
import { formatReport } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { readContentIndex } from '../../scripts/lib/content-index.ts';
import { runCli } from '../../scripts/lib/run-cli.ts';
import { proposeSlug, suggestPersonId } from '../../src/lib/slug.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The newspaper page the project started from (shared/seeds/, never committed). */
export const SEED_PAGE_NAME = '000_7f0e9cdbd4159858.txt';
/** Its print date, as an editor passes it to `npm run import -- --date`. */
export const SEED_PAGE_DATE = '2026-05-13';
/** Seed of the generated installments: the relevance answers are computed for this corpus. */
export const RELEVANCE_SEED = 7;
/** Generated installments in the relevance test (the bench takes --corpus N). */
export const RELEVANCE_TEST_COUNT = 300;

/**
 * Where the seed page is: RELEVANCE_PAGE, else shared/seeds/ beside the
 * project (as on the developers' machines and in CI), else undefined.
 */
export function findSeedPage(): string | undefined {
  const candidates = [
    process.env.RELEVANCE_PAGE,
    join(PROJECT_ROOT, '..', 'shared', 'seeds', SEED_PAGE_NAME),
    join('/work/shared/seeds', SEED_PAGE_NAME),
  ].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

export const HOW_TO_GET_SEED_PAGE = `找不到报纸版面 ${SEED_PAGE_NAME}（shared/seeds/，与项目文件夹相邻）；可用 RELEVANCE_PAGE 指定文件路径`;

/** What the editor decided for one imported story: what the page could not tell. */
interface EditorDecision {
  summary: string;
  districts?: string[];
  topics?: string[];
}

/** Topics an editor adds for stories of the page that no existing topic fits (docs/editing.md, section 4). */
const NEW_TOPICS: Record<string, { name: string; description: string }> = {
  'national-defence': { name: '国防教育', description: '面向机关、学校和企业的国防教育与拥军活动。' },
  'public-welfare': { name: '公益关爱', description: '企业和社会组织面向特定人群的关爱与公益活动。' },
  'legal-education': { name: '普法宣传', description: '把法律知识送进社区，为居民答疑解惑。' },
};

/**
 * The editor's summaries and classifications, by the folder `npm run import`
 * writes, in our own words from the facts of each story. A story of the page
 * missing here stops the run (the page is fixed; a change in how the importer
 * names folders would show here).
 */
const DECISIONS: Record<string, EditorDecision> = {
  '2026-05-13-dangyuan-daitou': {
    summary:
      '琼山区红城湖国际广场小区党支部牵头更换8部老旧电梯、设立议事堂；美兰区军区二所小区和琼山区金岛天下小区推进抄表到户。',
    topics: ['party-building', 'lift-renewal', 'metering-to-household', 'resident-council'],
  },
  '2026-05-13-wosheng-shuangyong': {
    summary: '边防官兵组成宣讲团，到海口的档案馆、中学和学校讲述守边经历，开展国防教育。',
    districts: ['citywide'],
    topics: ['national-defence'],
  },
  '2026-05-13-fa-huxing-fuzhi': {
    summary: '龙华区多家单位在滨海新村举办民法典宣讲，普法志愿者现场解答居民的法律问题。',
    topics: ['legal-education'],
  },
  '2026-05-13-cdf-zhongmian-hainan': {
    summary: '国际护士节前，一家免税电商平台走进医院，为医护人员举办互动活动并送上礼品。',
    districts: ['citywide'],
    topics: ['public-welfare'],
  },
  '2026-05-13-zhuanjia-xianchang': {
    summary: '全国防灾减灾日当天，全省防灾减灾宣传周在海口启动，气象、地震、地质和应急专家现场科普。',
    districts: ['citywide'],
    topics: ['fire-safety'],
  },
  '2026-05-13-anquan-ketang': {
    summary: '全国防灾减灾日，海口四个区分别举办宣传活动，市民现场学习灭火、急救和逃生。',
    topics: ['fire-safety'],
  },
};

export interface ImportedStory {
  slug: string;
  /** Site path of the installment, e.g. /articles/2026-05-13-dangyuan-daitou/. */
  path: string;
  headline: string;
  /** The index.mdx file. */
  file: string;
}

export interface RelevanceCorpus {
  contentDir: string;
  generated: number;
  /** The page's stories, in page order; the first is the column's installment. */
  stories: ImportedStory[];
}

export interface RelevanceCorpusOptions {
  /** Generated installments. */
  count: number;
  seed?: number | undefined;
  /** Content folder to write (must not exist or be empty). */
  out: string;
  /** The newspaper page; default: findSeedPage(). */
  page?: string | undefined;
  /** "Today" for the validator (publication dates); default now. */
  now?: Date | undefined;
}

/** Site path of an installment. */
export const articlePath = (slug: string) => `/articles/${slug}/`;

/** A content folder's frontmatter and body. */
function splitMdx(text: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * Writes the corpus: generated installments, then the page imported and made
 * publishable. Throws with the importer's or the validator's report when
 * something does not work.
 */
export async function writeRelevanceCorpus(options: RelevanceCorpusOptions): Promise<RelevanceCorpus> {
  const page = options.page ?? findSeedPage();
  if (!page) throw new Error(HOW_TO_GET_SEED_PAGE);
  const out = resolve(options.out);

  // 1. Generated installments beside the project's districts, topics, communities, people and column.
  const source = mkdtempSync(join(tmpdir(), 'hemei-relevance-source-'));
  try {
    cpSync(join(PROJECT_ROOT, 'content'), source, {
      recursive: true,
      filter: (from) => !from.startsWith(join(PROJECT_ROOT, 'content', 'articles')),
    });
    await generateCorpus({ count: options.count, seed: options.seed ?? RELEVANCE_SEED, out, source });
  } finally {
    rmSync(source, { recursive: true, force: true });
  }

  // 2. The people the page's bylines name get files first, as the importer's report asks.
  const text = readFileSync(page, 'utf8');
  const index = await readContentIndex(out);
  const parsed = parsePage(text, {
    people: index.people,
    districts: index.districts,
    communities: index.communities,
    topics: index.topics,
    date: SEED_PAGE_DATE,
    today: SEED_PAGE_DATE,
    suggestId: suggestPersonId,
  });
  // Someone printed both as reporter and photographer (记者某某摄影报道) is filed as a reporter.
  const newPeople = new Map<string, string>();
  for (const item of parsed.drafts.flatMap((draft) => draft.report)) {
    const role = /^bylines\.(.+)$/.exec(item.field)?.[1];
    if (!role || !item.value) continue;
    if (!newPeople.has(item.value) || role === 'reporter') newPeople.set(item.value, role);
  }
  for (const [name, role] of newPeople) {
    writeFileSync(join(out, 'people', `${suggestPersonId(name)}.yaml`), `name: ${name}\nrole: ${role}\n`);
  }
  for (const [id, topic] of Object.entries(NEW_TOPICS)) {
    writeFileSync(
      join(out, 'topics', `${id}.yaml`),
      `name: ${topic.name}\ndescription: ${topic.description}\n`,
    );
  }

  // 3. npm run import, as an editor runs it; --all: the relevance queries look for every story of the page, not only the column's.
  const imported = runCli('scripts/import-page.ts', [page, '--date', SEED_PAGE_DATE, '--all'], out);
  const stories: ImportedStory[] = parsed.drafts.map((draft) => {
    const slug = proposeSlug(draft.headline, draft.published);
    return {
      slug,
      path: articlePath(slug),
      headline: draft.headline,
      file: join(out, 'articles', slug, 'index.mdx'),
    };
  });
  const missing = stories.filter((story) => !existsSync(story.file));
  if (stories.length === 0 || missing.length > 0) {
    throw new Error(
      `导入报纸版面失败（npm run import 退出码 ${imported.status}）：` +
        `${missing.map((s) => s.slug).join('、') || '没有找到文章'} 没有写出来。\n${imported.output}`,
    );
  }

  // 4. Publishable: a real cover with its alt text (where the page had a photo), summary, districts and topics, draft off.
  const generatedFolder = readdirSync(join(out, 'articles')).find((f) => f.startsWith('gen-'));
  if (!generatedFolder) throw new Error('生成的语料里没有文章，拿不到封面图片');
  const generatedCover = join(out, 'articles', generatedFolder, 'cover.jpg');
  const generatedAlt = String(
    parseDocument(
      splitMdx(readFileSync(join(out, 'articles', generatedFolder, 'index.mdx'), 'utf8')).frontmatter,
    ).getIn(['cover', 'alt']),
  );
  for (const story of stories) {
    const decision = DECISIONS[story.slug];
    if (!decision) {
      throw new Error(
        `导入的文章“${story.headline}”（${story.slug}）没有编辑的摘要和分类（bench/lib/relevance-corpus.ts 的 DECISIONS）`,
      );
    }
    const { frontmatter, body } = splitMdx(readFileSync(story.file, 'utf8'));
    const doc = parseDocument(frontmatter);
    const isPlaceholder = (path: string[]) => String(doc.getIn(path) ?? '').startsWith(PLACEHOLDER);
    doc.set('summary', decision.summary);
    if (decision.districts) doc.set('districts', decision.districts);
    if (decision.topics) doc.set('topics', decision.topics);
    // A story printed without a photo is imported without a cover, and published so.
    if (doc.has('cover')) {
      cpSync(generatedCover, join(dirname(story.file), 'cover.jpg'));
      doc.setIn(['cover', 'alt'], generatedAlt);
      if (isPlaceholder(['cover', 'caption']))
        doc.setIn(['cover', 'caption'], '示意图（插画，不是新闻照片）。');
      if (isPlaceholder(['cover', 'credit'])) doc.setIn(['cover', 'credit'], '示意图');
    }
    doc.set('draft', false);
    writeFileSync(story.file, `---\n${doc.toString({ flowCollectionPadding: false })}---\n${body}`);
  }

  // 5. The validator, as npm run validate runs it: any error stops here.
  const { problems } = await validateContent({
    projectRoot: PROJECT_ROOT,
    contentDir: out,
    now: options.now ?? new Date(),
  });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `导入的版面没有通过内容检查（npm run validate）：\n${formatReport(errors)}\n\nnpm run import 的输出：\n${imported.output}`,
    );
  }
  return { contentDir: out, generated: options.count, stories };
}

/** An empty temporary folder for a corpus. */
export function temporaryContentDir(prefix = 'hemei-relevance-'): string {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'content');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Each published installment's source as a reader's page is made from it:
 * the MDX file (frontmatter and body) plus the names its ids stand for
 * (people of the bylines, communities with their other names, districts,
 * topics). Keyed by site path.
 */
export function readInstallmentSources(contentDir: string): Map<string, string> {
  const yamlNames = (folder: string) => {
    const names = new Map<string, string[]>();
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) return names;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const data = (parseDocument(readFileSync(join(dir, file), 'utf8')).toJS() ?? {}) as Record<
        string,
        unknown
      >;
      const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : [];
      names.set(file.replace(/\.yaml$/, ''), [String(data.name ?? ''), ...aliases]);
    }
    return names;
  };
  const lookups = {
    people: yamlNames('people'),
    communities: yamlNames('communities'),
    districts: yamlNames('districts'),
    topics: yamlNames('topics'),
  };
  const sources = new Map<string, string>();
  for (const folder of readdirSync(join(contentDir, 'articles'))) {
    const file = join(contentDir, 'articles', folder, 'index.mdx');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const data = (parseDocument(splitMdx(text).frontmatter).toJS() ?? {}) as Record<string, unknown>;
    if (data.draft === true) continue;
    const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
    const bylines = Object.values((data.bylines ?? {}) as Record<string, unknown>).flatMap(ids);
    const names = [
      ...bylines.flatMap((id) => lookups.people.get(id) ?? []),
      ...ids(data.communities).flatMap((id) => lookups.communities.get(id) ?? []),
      ...ids(data.districts).flatMap((id) => lookups.districts.get(id) ?? []),
      ...ids(data.topics).flatMap((id) => lookups.topics.get(id) ?? []),
    ];
    sources.set(articlePath(String(data.slug ?? folder)), `${text}\n${names.join('\n')}`);
  }
  return sources;
}

/**
 * Builds a content folder with `npm run build` (scripts/build.ts) into
 * `outDir`, with its own cache beside it, for the bench (the tests use
 * tests/support/build-site.ts). Returns whether it worked and its output.
 */
export function buildContentFolder(contentDir: string, outDir: string): { ok: boolean; output: string } {
  const bin = join(PROJECT_ROOT, 'node_modules/.bin');
  const result = spawnSync(join(bin, 'tsx'), [join(PROJECT_ROOT, 'scripts/build.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      SITE_CONTENT_DIR: contentDir,
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: join(dirname(outDir), 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
