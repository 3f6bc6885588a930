import { isoDay } from './dates';

/**
 * A problem found in content, worded for editors. The build, `npm run
 * validate` and the tests all report problems in this one shape.
 */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line of the offending field, when known. */
  line?: number | undefined;
  /** Field path as written in the file, e.g. districts[0]. */
  field: string;
  /** The bad value as written, when there is one. */
  value?: unknown;
  /** What is wrong, what is allowed and how to fix it, in Chinese. */
  message: string;
  /** Errors stop the build; warnings are shown and let it go on. */
  severity: 'error' | 'warning';
}

/** Turn a zod-style path into the way editors see it: bylines.reporter[0]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** Show a value the way an editor typed it, short enough for one line. */
export function showValue(value: unknown): string {
  if (value === undefined) return '（未填写）';
  const text = value instanceof Date ? isoDay(value) : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export interface Paint {
  red: (s: string) => string;
  yellow: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const plain: Paint = { red: String, yellow: String, dim: String, bold: String };

/** Problems sorted by file and line, errors and warnings kept together per file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** One line per problem: `file:line  field  value  → message`. */
export function formatProblem(problem: Problem, paint: Paint = plain): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const mark = problem.severity === 'error' ? paint.red('✖ 错误') : paint.yellow('▲ 提醒');
  const value =
    problem.value === undefined && problem.field === '' ? '' : `  ${paint.dim(showValue(problem.value))}`;
  return `${mark}  ${paint.bold(where)}  ${problem.field}${value}\n    → ${problem.message}`;
}

/** The whole report: every problem, then a count and a hint. */
export function formatReport(problems: readonly Problem[], paint: Paint = plain): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map((p) => formatProblem(p, paint));
  const summary =
    errors > 0
      ? paint.red(`内容检查未通过：${errors} 个错误，${warnings} 个提醒。`) +
        '\n按上面每条 → 后面的说明修改对应文件，保存后重新运行 npm run validate。编辑指南：docs/editing.md'
      : warnings > 0
        ? paint.yellow(`内容检查通过，有 ${warnings} 个提醒。`)
        : '内容检查通过。';
  return [...lines, '', summary].join('\n');
}
