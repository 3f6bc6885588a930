/** Command-line parsing shared by the developer scripts (corpus, bench). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how a script was called; the script prints its usage and exits 2. */
export class UsageError extends Error {}

/** node:util parseArgs, strict, with its errors turned into UsageError. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Parses a whole number option strictly: "12" yes, "1e3", "12abc", "" no. */
export function wholeNumber(name: string, value: string | undefined, fallback?: number, min = 0): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min} (got "${value}")`);
  }
  return Number(value);
}
