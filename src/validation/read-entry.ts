/**
 * Reads an editor's file the way the build does, keeping line numbers so
 * that every problem can point at the line to fix.
 */
import jsYaml from 'js-yaml';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Locate } from '../lib/references';
import type { Problem } from '../lib/problems';
import { normalizeText } from './read-text';
import { explainYamlError, yamlLineFindings, yamlProblem } from './syntax-messages';

export interface ReadEntry {
  /** Parsed YAML data (frontmatter for MDX), or undefined when it could not be read. */
  data: unknown;
  /** MDX body after the frontmatter, '' for YAML files. */
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  locate: Locate;
  problems: Problem[];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/**
 * Parses a YAML file, or the frontmatter of an MDX file. Dates stay the text the editor
 * wrote (YAML's core schema): the schemas check them as calendar days, so 2026-02-30 is
 * an error instead of 3月2日.
 */
export function readEntry(file: string, source: string): ReadEntry {
  const text = normalizeText(source);
  const isMdx = file.endsWith('.mdx');
  let yamlText = text;
  let offset = 0;
  let body = '';
  let bodyLine = 1;
  if (isMdx) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      const opened = /^---[ \t]*\n/.test(text);
      return {
        data: undefined,
        body: text,
        bodyLine: 1,
        locate: () => 1,
        problems: [
          {
            file,
            line: 1,
            field: 'frontmatter',
            value: text.split('\n', 1)[0],
            severity: 'error',
            message: opened
              ? '文章信息（frontmatter）没有结束：第一行的 --- 之后，文章信息写完要再单独写一行 ---（三个英文减号，前后没有空格），然后才是正文'
              : '文件开头缺少 frontmatter：第一行应是 ---，接着写文章信息，再用一行 --- 结束。可以用 npm run new 生成模板',
          },
        ],
      };
    }
    yamlText = match[1] ?? '';
    offset = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  // js-yaml reads the data (as Astro does, and five times faster); the slower `yaml`
  // parser, which keeps positions, runs only when a problem needs its line.
  let data: unknown;
  const broken = (problems: Problem[]): ReadEntry => ({
    data: undefined,
    body,
    bodyLine,
    locate: () => offset + 1,
    problems,
  });
  try {
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const { reason = String(error), mark } = error as { reason?: string; mark?: { line?: number } };
    return broken([
      yamlProblem(file, explainYamlError(yamlText, reason, (mark?.line ?? 0) + 1, offset), offset),
    ]);
  }
  // Full-width indentation and colons can parse without an error, into the wrong fields.
  const findings = yamlLineFindings(yamlText);
  if (findings.length > 0) return broken(findings.map((finding) => yamlProblem(file, finding, offset)));
  let positions: { doc: Document; lineAt: (pos: number) => number } | undefined;
  const parsePositions = () => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter });
    return { doc, lineAt: (pos: number) => lineCounter.linePos(pos).line + offset };
  };
  const locate: Locate = (path) => {
    positions ??= parsePositions();
    const { doc, lineAt } = positions;
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
      // A key whose value is empty has no node; find the key itself.
      const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
      const items = isMap(parent) ? parent.items : [];
      const pair = items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
      if (pair && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
    }
    return offset + 1;
  };
  return { data, body, bodyLine, locate, problems: [] };
}
