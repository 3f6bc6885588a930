/**
 * Runs a command and measures its wall time and peak memory, for
 * bench/bench.ts. Peak memory comes from GNU time (`/usr/bin/time -v`,
 * "Maximum resident set size"): the largest single process in the command's
 * tree, not the sum. Without GNU time, memory is reported as unknown.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Path of a GNU-compatible `time` that understands -v and -o, or null. */
export function findGnuTime(): string | null {
  const candidates: string[] = ['/usr/bin/time'];
  const found = spawnSync('sh', ['-c', 'command -v time'], { encoding: 'utf8' });
  const path = found.stdout?.trim();
  if (found.status === 0 && path?.startsWith('/')) candidates.push(path);
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    const probe = spawnSync(candidate, ['-v', 'true'], { encoding: 'utf8' });
    if (probe.status === 0 && /Maximum resident set size/.test(probe.stderr ?? '')) return candidate;
  }
  return null;
}

export interface Measured {
  /** Exit code, or null when killed by a signal. */
  status: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  /** Peak resident set size in kB, or null when unknown. */
  maxRssKb: number | null;
  /** CPU seconds in user and kernel mode, when known. */
  userSeconds: number | null;
  systemSeconds: number | null;
  /** stdout and stderr of the command. */
  logFile: string;
}

export interface RunOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where to write the command's output (and GNU time's report, as <logFile>.time). */
  logFile: string;
  /** GNU time path from findGnuTime(), or null to measure wall time only. */
  gnuTime: string | null;
  /** Also copy the command's output to this process's stdout. */
  echo?: boolean;
  /** Called with the running child, so a signal handler can stop it. */
  onStart?: (child: ChildProcess) => void;
}

function numberAfter(report: string, label: string): number | null {
  const match = new RegExp(`${label}:\\s*([\\d.]+)`).exec(report);
  return match ? Number(match[1]) : null;
}

/** Runs the command to completion (never throws on a non-zero exit). */
export function runMeasured(options: RunOptions): Promise<Measured> {
  const timeFile = `${options.logFile}.time`;
  const [command, args] = options.gnuTime
    ? [options.gnuTime, ['-v', '-o', timeFile, options.command, ...options.args]]
    : [options.command, [...options.args]];
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Own process group, so the whole tree can be stopped with one signal.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    options.onStart?.(child);
    const copy = (chunk: Buffer) => {
      log.write(chunk);
      if (options.echo) process.stdout.write(chunk);
    };
    child.stdout?.on('data', copy);
    child.stderr?.on('data', copy);
    child.on('error', (error) => {
      log.end();
      reject(error);
    });
    child.on('close', (status, signal) => {
      const seconds = (performance.now() - started) / 1000;
      log.end(() => {
        let report = '';
        if (options.gnuTime) {
          try {
            report = readFileSync(timeFile, 'utf8');
          } catch {
            report = '';
          }
        }
        const kb = numberAfter(report, 'Maximum resident set size \\(kbytes\\)');
        resolve({
          status,
          signal,
          seconds,
          maxRssKb: kb,
          userSeconds: numberAfter(report, 'User time \\(seconds\\)'),
          systemSeconds: numberAfter(report, 'System time \\(seconds\\)'),
          logFile: options.logFile,
        });
      });
    });
  });
}

/** Stops a child started by runMeasured together with everything it started. */
export function stopTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

export interface DirStats {
  files: number;
  htmlPages: number;
  bytes: number;
}

/** File count, .html count and total size of a folder tree. */
export function dirStats(dir: string): DirStats {
  const stats: DirStats = { files: 0, htmlPages: 0, bytes: 0 };
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        stats.files++;
        stats.bytes += statSync(path).size;
        if (entry.name.endsWith('.html')) stats.htmlPages++;
      }
    }
  };
  walk(dir);
  return stats;
}

/** The last `lines` lines of a text file, for error reports. */
export function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export interface ImageWork {
  /** Images Astro encoded in this build. */
  encoded: number;
  /** Images it copied from its cache (cacheDir/assets). */
  reused: number;
  /** Seconds of the "generating optimized images" phase, when logged. */
  seconds: number | null;
}

/** Astro's time stat: "812ms", "1.23s" or "2m 3s". */
function astroSeconds(text: string): number | null {
  const match = /(?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(text);
  if (!match) return null;
  const value = Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
  return Number(match[1] ?? 0) * 60 + value;
}

/** What `astro build` did with images, read from its log. */
export function imageWork(logFile: string): ImageWork {
  const lines = readFileSync(logFile, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.includes('generating optimized images'));
  const work: ImageWork = { encoded: 0, reused: 0, seconds: null };
  if (start < 0) return work;
  for (const line of lines.slice(start + 1)) {
    if (/▶ .*\(before: /.test(line)) work.encoded++;
    else if (/▶ .*\((reused|revalidated) cache entry\)/.test(line)) work.reused++;
    else if (/Completed in/.test(line)) {
      work.seconds = astroSeconds(line.slice(line.indexOf('Completed in')));
      break;
    }
  }
  return work;
}
