/**
 * npm run build — builds the site into a staging folder beside dist/ (Astro,
 * then Pagefind, then checks on the result) and only then swaps it in. A
 * build that fails at any step leaves the last good dist/ exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pc from 'picocolors';
import { acquireBuildLock } from './lib/build-lock';
import { ASTRO_BUILD_ENV, searchIndexStep } from './lib/build-steps';
import { t } from '../src/i18n/zh-CN';
import { SEARCH_FILES } from '../src/lib/search-files';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');
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

/**
 * Runs a script of node_modules/.bin, or a script file given by its full path, with this Node.
 * Asynchronously, so this process keeps the build lock fresh while the step runs.
 */
function step(
  label: string,
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<boolean> {
  console.log(pc.bold(`\n▶ ${label}`));
  const child = spawn(process.execPath, [resolve(BIN, script), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, SITE_OUT_DIR: staging, PATH: `${BIN}:${process.env.PATH ?? ''}` },
  });
  return new Promise((done) => {
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0));
  });
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

// Builds of one project folder share its .astro/ folder and Astro's cache: one at a time
// (scripts/lib/build-lock.ts). The lock is given back when this process exits, however it exits.
await acquireBuildLock(ROOT, {
  onWait: () =>
    console.log(
      pc.yellow(
        '\n⏳ 这个项目文件夹里另有一个构建正在进行（npm run build、npm test 或 npm run bench）。' +
          '两个构建同时进行会删掉对方的文件，所以等它结束后再开始；不想等可以按 Ctrl-C。',
      ),
    ),
  onLost: () =>
    console.warn(
      pc.yellow(
        '⚠ 构建锁被移走或太久没有更新，可能另有一个构建同时开始了；本次构建继续进行，失败时请重新运行。',
      ),
    ),
});
rmSync(staging, { recursive: true, force: true });
if (!(await step('Astro 构建页面', 'astro', ['build'], ASTRO_BUILD_ENV)))
  fail('Astro 构建没有完成（原因见上面的信息）');
const search = searchIndexStep(staging);
if (!(await step(search.label, search.script, search.args))) fail('搜索索引没有建好（原因见上面的信息）');
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
