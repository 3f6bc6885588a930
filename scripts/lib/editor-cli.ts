/**
 * What the editors' commands (`npm run new`, `npm run import`) share:
 * Chinese command-line parsing, lists written with commas, and the coloured
 * report of problems in the validator's format.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pc from 'picocolors';
import { isoDay } from '../../src/lib/dates';
import { formatProblem, sortProblems, type Problem } from '../../src/lib/problems';
import { UsageError } from './cli';

/** node:util's parse errors, in Chinese. */
function usageMessage(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的参数 ${option}；请检查拼写`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `参数 ${option} 后面要写一个值，例如 ${option} 值；值里有空格时加引号`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的内容：${/'([^']*)'/.exec(error.message)?.[1] ?? ''}；参数都要以 -- 开头`;
    default:
      return error.message;
  }
}

/** Parses flags (and, when allowed, file names) strictly; a mistake becomes a UsageError in Chinese. */
export function parseEditorArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(usageMessage(error as Error));
  }
}

/** Values of a repeatable flag, each possibly a list: `--district a,b --district c` → [a, b, c]. */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(/[\s,，、]+/)).filter(Boolean);
}

/** Today in Haikou, YYYY-MM-DD. */
export function today(): string {
  return isoDay(new Date());
}

/**
 * A date as editors type it (2026-5-20, 2026/5/20, 2026.5.20, 2026年5月20日) as
 * YYYY-MM-DD; anything else is returned unchanged for the schema to report.
 */
export function normalizeDate(value: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value.trim());
  if (!match) return value;
  const [, year, month, day] = match;
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}

/** Prints problems the way `npm run validate` does, sorted, coloured in a terminal. */
export function printProblems(problems: readonly Problem[]): void {
  for (const problem of sortProblems(problems)) console.log(formatProblem(problem, pc));
}

/** Counts the errors among problems. */
export const errorCount = (problems: readonly Problem[]) =>
  problems.filter((problem) => problem.severity === 'error').length;

/** Prints a usage mistake with the command's help and sets exit code 2. */
export function failUsage(error: UsageError, usage: string): void {
  console.error(`${pc.red('✖ 命令写得不对：')}${error.message}\n\n${usage}`);
  process.exitCode = 2;
}
