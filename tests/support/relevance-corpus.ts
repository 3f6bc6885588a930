/**
 * The relevance corpus for tests: RELEVANCE_TEST_COUNT generated installments
 * and the real newspaper page imported at test time
 * (bench/lib/relevance-corpus.ts), written into the run's temporary folder
 * and, for the browser suite, built with the project's real build. Without
 * the seed page (shared/seeds/ beside the project) the tests that need it are
 * skipped with a hint, except under CI=true, where that fails the run.
 */
import {
  findSeedPage,
  HOW_TO_GET_SEED_PAGE,
  RELEVANCE_TEST_COUNT,
  temporaryContentDir,
  writeRelevanceCorpus,
  type RelevanceCorpus,
} from '../../bench/lib/relevance-corpus';
import { buildSite } from './build-site';

export const seedPage = findSeedPage();

if (!seedPage) {
  if (process.env.CI === 'true') throw new Error(`CI=true 时相关性测试必须运行。${HOW_TO_GET_SEED_PAGE}`);
  console.warn(`\n${HOW_TO_GET_SEED_PAGE}；相关性测试已跳过。\n`);
}

/** Writes the corpus (no build): generated installments plus the imported, publishable page. */
export function writeTestCorpus(count = RELEVANCE_TEST_COUNT): Promise<RelevanceCorpus> {
  return writeRelevanceCorpus({ count, out: temporaryContentDir(), page: seedPage });
}

/** Writes the corpus and builds it as `npm run build` does; throws with the build's output when it fails. */
export async function buildRelevanceSite(
  count = RELEVANCE_TEST_COUNT,
): Promise<RelevanceCorpus & { siteDir: string }> {
  const corpus = await writeTestCorpus(count);
  const build = buildSite(corpus.contentDir);
  if (!build.ok) {
    throw new Error(`相关性语料（${count} 篇生成文章 + 导入的版面）构建失败：\n${build.output.slice(-6000)}`);
  }
  return { ...corpus, siteDir: build.outDir };
}
