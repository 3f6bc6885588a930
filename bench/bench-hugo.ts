/**
 * This site and Hugo side by side, cold, on the same corpus in one run:
 * first our build (`node bench/bench.ts`, a new cache), then the corpus as a
 * Hugo site (bench/lib/hugo-site.ts: page bundles, taxonomies, every photo at
 * 3 widths × WebP + JPEG) built by Hugo with an empty cache and indexed by the
 * project's Pagefind.
 *
 *   node bench/bench-hugo.ts [--count 1000] [--seed 1] [--photos N] [--keep]
 *
 * Hugo comes from Debian (`apt-get install hugo`: 0.111 on bookworm), installed
 * here when missing and run as root on Debian, as the browser tests expect
 * Debian's Chromium; elsewhere it says how to get it, or set HUGO=/path/to/hugo.
 * A full build: hold the build lock on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.ts';
import { parseOptions, UsageError, wholeNumber } from '../scripts/lib/cli.ts';
import { writeHugoSite } from './lib/hugo-site.ts';
import { findGnuTime, runMeasured, tail, type Measured } from './lib/measure.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules/.bin');

const USAGE = `Usage: node bench/bench-hugo.ts [--count N] [--seed S] [--photos N] [--keep]

  --count N    articles to generate (default 1000)
  --seed S     corpus seed (default 1)
  --photos N   every article with its own camera-sized cover and N body photos
  --keep       keep the Hugo site, its output and logs`;

/** Hugo's version line, or null when there is no Hugo to run. */
function hugoVersion(hugo: string): string | null {
  const probe = spawnSync(hugo, ['version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

/** The Hugo to run: HUGO, or hugo on PATH, or Debian's package installed now. */
function findHugo(): { hugo: string; version: string } | { error: string } {
  const hugo = process.env.HUGO ?? 'hugo';
  const found = hugoVersion(hugo);
  if (found) return { hugo, version: found };
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (debian && process.getuid?.() === 0) {
    console.log('bench-hugo: Hugo not found; installing Debian’s package (apt-get install -y hugo)…');
    let install = spawnSync('apt-get', ['install', '-y', 'hugo'], { stdio: 'inherit' });
    if (install.status !== 0) {
      spawnSync('apt-get', ['update'], { stdio: 'inherit' });
      install = spawnSync('apt-get', ['install', '-y', 'hugo'], { stdio: 'inherit' });
    }
    const installed = install.status === 0 ? hugoVersion('hugo') : null;
    if (installed) return { hugo: 'hugo', version: installed };
  }
  return {
    error:
      'Hugo is not installed and could not be installed here. On Debian or Ubuntu: sudo apt-get install -y hugo ' +
      '(bookworm has 0.111, the version of issue 14); elsewhere see https://gohugo.io/installation/ ' +
      'and run again, or point HUGO at the binary (HUGO=/path/to/hugo).',
  };
}

const seconds = (s: number) => s.toFixed(1);
const megabytes = (kb: number | null) => (kb === null ? 'unknown' : (kb / 1024).toFixed(0));

async function main(): Promise<number> {
  const values = parseOptions(process.argv.slice(2), {
    count: { type: 'string' },
    seed: { type: 'string' },
    photos: { type: 'string' },
    keep: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const count = wholeNumber('count', values.count, 1000, 1);
  const seed = wholeNumber('seed', values.seed, 1);
  const photos = values.photos === undefined ? undefined : wholeNumber('photos', values.photos);

  const hugo = findHugo();
  if ('error' in hugo) {
    console.error(`bench-hugo: ${hugo.error}`);
    return 1;
  }

  // 1. Ours, cold: the bench as it is, which prints its own table.
  const ourArgs = ['--count', String(count), '--seed', String(seed)];
  if (photos !== undefined) ourArgs.push('--photos', String(photos));
  console.log(`bench-hugo: our build first (node bench/bench.ts ${ourArgs.join(' ')})…`);
  const ours = spawnSync(process.execPath, [join(ROOT, 'bench/bench.ts'), ...ourArgs], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(ours.stdout ?? '');
  const ourRow = /\n\| (\d+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|/.exec(ours.stdout ?? '');
  if (ours.status !== 0 || !ourRow) {
    console.error('bench-hugo: our build failed; see above');
    return 1;
  }
  const ourTotal = Number(ourRow[4]);

  // 2. Hugo, cold, on the same corpus (same seed, count and photos: the generator is deterministic).
  const work = mkdtempSync(join(tmpdir(), 'hemei-hugo-'));
  const dirs = {
    content: join(work, 'corpus'),
    site: join(work, 'site'),
    out: join(work, 'public'),
    cache: join(work, 'cache'),
    logs: join(work, 'logs'),
  };
  mkdirSync(dirs.logs);
  let keep = values.keep ?? false;
  try {
    const corpus = await generateCorpus({ count, seed, out: dirs.content, photos });
    const site = writeHugoSite(dirs.content, dirs.site);
    const gnuTime = findGnuTime();
    const run = async (
      label: string,
      command: string,
      args: string[],
      logName: string,
    ): Promise<Measured> => {
      console.log(`bench-hugo: ${label}…`);
      const result = await runMeasured({
        command,
        args,
        cwd: dirs.site,
        env: { ...process.env, HUGO_CACHEDIR: dirs.cache },
        logFile: join(dirs.logs, `${logName}.log`),
        gnuTime,
      });
      if (result.status !== 0) {
        keep = true;
        throw new Error(`${label} failed; last lines of ${result.logFile}:\n${tail(result.logFile, 40)}`);
      }
      return result;
    };
    const hugoRun = await run(
      'hugo (cold)',
      hugo.hugo,
      ['--source', dirs.site, '--destination', dirs.out, '--cacheDir', dirs.cache, '--quiet'],
      'hugo',
    );
    const pagefind = await run(
      'pagefind',
      process.execPath,
      [join(BIN, 'pagefind'), '--site', dirs.out],
      'pagefind',
    );
    const hugoTotal = hugoRun.seconds + pagefind.seconds;
    console.log(
      [
        '',
        '| build | articles | photos | build s | pagefind s | total s | peak RSS MB (build) |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        `| ours (bench.ts, cold) | ${ourRow[1]} | ${corpus.photos || '–'} | ${ourRow[2]} | ${ourRow[3]} | ${ourRow[4]} | see above |`,
        `| Hugo + Pagefind, cold | ${site.pages} | ${site.photos} | ${seconds(hugoRun.seconds)} | ${seconds(pagefind.seconds)} | ${seconds(hugoTotal)} | ${megabytes(hugoRun.maxRssKb)} |`,
        '',
        `ours / Hugo: ${(ourTotal / hugoTotal).toFixed(2)} (target: 0.5 or less); ${hugo.version}`,
      ].join('\n'),
    );
    if (keep) console.log(`\nkept ${work}`);
    return 0;
  } catch (error) {
    console.error(`bench-hugo: ${(error as Error).message}\nkept ${work}`);
    keep = true;
    return 1;
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench-hugo: ${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
}
