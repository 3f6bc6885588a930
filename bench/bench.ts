/**
 * Build benchmark: generates a synthetic corpus, builds it exactly as
 * `npm run build` does (astro build, then Pagefind) into temporary folders,
 * and prints one Markdown table row of timings, peak memory and output size.
 *
 *   node bench/bench.ts [--count 1000] [--seed 1] [--photos N] [--add N] [--cache DIR] [--keep] [--verbose]
 *
 * --count N   articles to generate (default 1000; the real ones are added)
 * --seed S    corpus seed (default 1)
 * --photos N  every article gets its own 4000×3000 cover and N body photos,
 *             as in a real archive (without it, articles share six small covers)
 * --add N     N more articles on top of --count, the others unchanged: with
 *             --cache, "add one installment to a warm archive"
 * --cache DIR a folder kept between runs, holding the corpus and Astro's cache:
 *             share cards, images and the content store of an earlier run
 *             with the same count and seed are reused (a "warm" build). The
 *             corpus lives there too because Astro's content store records
 *             where each cover was.
 * --keep      keep the corpus, output, cache and logs, and print their paths
 * --verbose   also show the build output as it runs (it is always logged)
 *
 * Peak memory comes from GNU time (`/usr/bin/time -v`; `apt-get install -y
 * time`), and is the largest single process of each step. This runs a full
 * build: on a small machine, do not run it while another build is running.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.ts';
import { acquireBuildLock } from '../scripts/lib/build-lock.ts';
import { ASTRO_BUILD_ENV, searchIndexStep } from '../scripts/lib/build-steps.ts';
import { parseOptions, UsageError, wholeNumber } from '../scripts/lib/cli.ts';
import {
  dirStats,
  findGnuTime,
  imageWork,
  runMeasured,
  stopTree,
  tail,
  type Measured,
} from './lib/measure.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules/.bin');

const USAGE = `Usage: node bench/bench.ts [--count N] [--seed S] [--photos N] [--add N] [--cache DIR] [--keep] [--verbose]

  --count N    articles to generate (default 1000)
  --seed S     corpus seed (default 1)
  --photos N   every article with its own camera-sized cover and N body photos
  --add N      N more articles on top of --count (with --cache: one installment added to a warm build)
  --cache DIR  keep the corpus and Astro's cache in DIR: a second run there is a warm build
  --keep       keep the temporary corpus, dist, cache and logs and print their paths
  --verbose    show the build output while it runs`;

interface BenchOptions {
  count: number;
  seed: number;
  photos: number | undefined;
  added: number;
  cache: string | undefined;
  keep: boolean;
  verbose: boolean;
}

function parseBenchOptions(argv: readonly string[]): BenchOptions | 'help' {
  const values = parseOptions(argv, {
    count: { type: 'string' },
    seed: { type: 'string' },
    photos: { type: 'string' },
    add: { type: 'string' },
    cache: { type: 'string' },
    keep: { type: 'boolean' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  return {
    count: wholeNumber('count', values.count, 1000, 1),
    seed: wholeNumber('seed', values.seed, 1),
    photos: values.photos === undefined ? undefined : wholeNumber('photos', values.photos),
    added: wholeNumber('add', values.add, 0),
    cache: values.cache === undefined ? undefined : resolve(values.cache),
    keep: values.keep ?? false,
    verbose: values.verbose ?? false,
  };
}

function packageVersion(name: string): string {
  try {
    return String(JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version);
  } catch {
    return '?';
  }
}

const seconds = (s: number) => s.toFixed(1);

const megabytes = (kb: number | null) => (kb === null ? 'unknown' : (kb / 1024).toFixed(0));

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  for (const bin of ['astro', 'pagefind']) {
    if (!existsSync(join(BIN, bin))) {
      console.error(`bench: ${join(BIN, bin)} is missing; install the project's dependencies first`);
      return 1;
    }
  }

  const gnuTime = findGnuTime();
  if (!gnuTime) {
    console.warn(
      'bench: GNU time (/usr/bin/time) not found, so peak memory will be reported as unknown; `apt-get install -y time` provides it',
    );
  }

  const work = mkdtempSync(join(tmpdir(), 'hemei-bench-'));
  const dirs = {
    content: options.cache ? join(options.cache, 'content') : join(work, 'content'),
    dist: join(work, 'dist'),
    cache: options.cache ? join(options.cache, 'astro') : join(work, 'cache'),
    logs: join(work, 'logs'),
  };
  mkdirSync(dirs.logs);

  // Ctrl-C or a kill: stop the running step's whole process tree, then clean up.
  let running: ChildProcess | undefined;
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
    if (running) stopTree(running, 'SIGTERM');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let keepWork = options.keep;
  try {
    console.log(
      `bench: generating ${options.count}${options.added ? ` + ${options.added}` : ''} articles (seed ${options.seed}` +
        `${options.photos === undefined ? '' : `, own cover and ${options.photos} body photos each`})…`,
    );
    const corpus = await generateCorpus({
      count: options.count,
      seed: options.seed,
      out: dirs.content,
      photos: options.photos,
      added: options.added,
    });
    const generationRssMb = process.resourceUsage().maxRSS / 1024;

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // The Node that runs this script (24) must run the build too, not whatever `node` is first on PATH.
      PATH: [dirname(process.execPath), BIN, process.env.PATH ?? ''].join(':'),
      SITE_CONTENT_DIR: dirs.content,
      SITE_OUT_DIR: dirs.dist,
      SITE_CACHE_DIR: dirs.cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    };
    const step = async (
      name: string,
      bin: string,
      args: string[],
      extraEnv: Record<string, string> = {},
      logName = bin,
    ): Promise<Measured | undefined> => {
      if (interrupted) return undefined;
      console.log(`bench: ${name}…`);
      const result = await runMeasured({
        command: process.execPath,
        args: [resolve(BIN, bin), ...args],
        cwd: ROOT,
        env: { ...env, ...extraEnv },
        logFile: join(dirs.logs, `${logName}.log`),
        gnuTime,
        echo: options.verbose,
        onStart: (child) => {
          running = child;
        },
      });
      running = undefined;
      if (interrupted) return undefined;
      if (result.status !== 0) {
        keepWork = true;
        console.error(
          `\nbench: ${name} failed (${result.signal ?? `exit ${result.status}`}) after ${seconds(result.seconds)} s; last lines of ${result.logFile}:\n\n${tail(result.logFile, 60)}`,
        );
        return undefined;
      }
      return result;
    };

    // Builds of this checkout share its .astro/ folder: wait for any other to end (scripts/lib/build-lock.ts).
    const releaseBuildLock = await acquireBuildLock(ROOT, {
      onWait: () => console.log(`bench: another build of ${ROOT} is running; waiting for it to end…`),
      onLost: (error) => console.warn(`bench: lost the build lock (${error.message}); going on`),
    });
    const astro = await step('astro build', 'astro', ['build'], ASTRO_BUILD_ENV);
    // The search index as npm run build makes it: search documents, then Pagefind (its peak is the step's).
    const search = searchIndexStep(dirs.dist);
    const pagefind = astro
      ? await step('search index', search.script, search.args, {}, 'search-index')
      : undefined;
    await releaseBuildLock();
    if (interrupted) {
      console.error(`\nbench: stopped by ${interrupted}`);
      return 130;
    }
    if (!astro || !pagefind) {
      console.error(`\nbench: kept ${work} for inspection; delete it with rm -rf ${work}`);
      return 1;
    }

    const out = dirStats(dirs.dist);
    const images = imageWork(astro.logFile);
    const total = astro.seconds + pagefind.seconds;
    const header = [
      'articles',
      'astro build s',
      'pagefind s',
      'total s',
      'peak RSS MB (astro)',
      'peak RSS MB (pagefind)',
      'pages',
      'dist MB',
      'ms per article',
    ];
    const row = [
      String(corpus.articles),
      seconds(astro.seconds),
      seconds(pagefind.seconds),
      seconds(total),
      megabytes(astro.maxRssKb),
      megabytes(pagefind.maxRssKb),
      String(out.htmlPages),
      (out.bytes / 1024 / 1024).toFixed(1),
      ((total * 1000) / corpus.articles).toFixed(0),
    ];
    const cpu = (m: Measured) =>
      m.userSeconds === null ? 'unknown' : `${seconds((m.userSeconds ?? 0) + (m.systemSeconds ?? 0))} s`;
    console.log(
      [
        '',
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---:').join('|')}|`,
        `| ${row.join(' | ')} |`,
        '',
        `corpus: ${corpus.generated} generated + ${corpus.copied} real articles, seed ${options.seed}` +
          `${corpus.photos ? `, ${corpus.photos} photos` : ''}, generated in ${seconds(corpus.seconds)} s (peak RSS ${generationRssMb.toFixed(0)} MB); ` +
          `cache ${options.cache ? `kept in ${options.cache}` : 'new (a cold build)'}`,
        `images: ${images.encoded} encoded, ${images.reused} from the cache` +
          `${images.seconds === null ? '' : ` in ${seconds(images.seconds)} s`}` +
          `${corpus.photos ? ` (${(images.encoded / corpus.photos).toFixed(1)} encodes per photo)` : ''}`,
        `cpu time: astro ${cpu(astro)}, pagefind ${cpu(pagefind)}; ${out.files} files in dist; ` +
          `total s and ms per article = astro build + pagefind`,
        `node ${process.version}, astro ${packageVersion('astro')}, pagefind ${packageVersion('pagefind')}, ` +
          `${availableParallelism()} CPUs${gnuTime ? '' : '; peak memory unknown without GNU time'}`,
      ].join('\n'),
    );
    if (options.keep) {
      console.log(
        `\nkept:\n  corpus ${dirs.content}\n  dist   ${dirs.dist}\n  cache  ${dirs.cache}\n  logs   ${dirs.logs}`,
      );
    }
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!keepWork) rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench: ${error.message}`);
  process.exitCode = 2;
}
