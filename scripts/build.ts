/**
 * npm run build — builds the site into a staging folder beside dist/ (Astro,
 * then Pagefind, then checks on the result) and only then swaps it in. A
 * build that fails at any step leaves the last good dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pc from 'picocolors';
import { ASTRO_BUILD_ENV, searchIndexStep } from './lib/build-steps';
import { t } from '../src/i18n/zh-CN';
import { SEARCH_FILES } from '../src/lib/search-files';

const BIN = resolve(import.meta.dirname, '../node_modules/.bin');
const out = resolve(process.env.SITE_OUT_DIR ?? 'dist');
const staging = join(dirname(out), `.${basename(out)}.building-${process.pid}`);
const previous = join(dirname(out), `.${basename(out)}.previous-${process.pid}`);

/** Files every good build has; missing ones mean a step silently produced nothing. */
const REQUIRED = [
  'index.html',
  '404.html',
  'feed.xml',
  'sitemap-index.xml',
  'robots.txt',
  '_headers',
  SEARCH_FILES.manifest,
  SEARCH_FILES.names,
];

/** Where the home page says that nothing is published yet (src/pages/index.astro). */
const NOTHING_PUBLISHED = `<p class="empty">${t.series.empty}</p>`;

const readIfExists = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** Runs a script of node_modules/.bin, or a script file given by its full path, with this Node. */
function step(label: string, script: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(pc.bold(`\n▶ ${label}`));
  const result = spawnSync(process.execPath, [resolve(BIN, script), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, SITE_OUT_DIR: staging, PATH: `${BIN}:${process.env.PATH ?? ''}` },
  });
  return result.status === 0;
}

function fail(reason: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(pc.red(`\n✖ 构建失败：${reason}`));
  console.error(
    existsSync(out)
      ? `上一次成功构建的 ${basename(out)}/ 原样保留，没有被改动。`
      : `没有生成 ${basename(out)}/。`,
  );
  console.error('修改后重新运行 npm run build；只检查内容可以运行 npm run validate。');
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
if (!step('Astro 构建页面', 'astro', ['build'], ASTRO_BUILD_ENV))
  fail('Astro 构建没有完成（原因见上面的信息）');
const search = searchIndexStep(staging);
if (!step(search.label, search.script, search.args)) fail('搜索索引没有建好（原因见上面的信息）');
const missing = REQUIRED.filter((file) => !existsSync(join(staging, file)));
const hasArticles =
  existsSync(join(staging, 'articles')) && readdirSync(join(staging, 'articles')).length > 0;
// No article pages is right only when the home page says nothing is published yet (no installment,
// or drafts only); then there is no search index either.
if (hasArticles && !existsSync(join(staging, SEARCH_FILES.index, 'pagefind.js'))) {
  missing.push(`${SEARCH_FILES.index}pagefind.js`);
}
if (!hasArticles && !readIfExists(join(staging, 'index.html')).includes(NOTHING_PUBLISHED)) {
  missing.push('articles/（一篇文章也没有）');
}
if (missing.length) fail(`构建结果缺少 ${missing.join('、')}`);

if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(pc.green(`\n✔ 构建完成：${out}`));
