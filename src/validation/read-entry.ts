/**
 * Reads an editor's file the way the build does, keeping line numbers so
 * that every problem can point at the line to fix.
 */
import jsYaml from 'js-yaml';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Locate } from '../lib/references';
import type { Problem } from '../lib/problems';

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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses a YAML file, or the frontmatter of an MDX file. */
export function readEntry(file: string, text: string): ReadEntry {
  const isMdx = file.endsWith('.mdx');
  let yamlText = text;
  let offset = 0;
  let body = '';
  let bodyLine = 1;
  if (isMdx) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
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
            severity: 'error',
            message:
              '文件开头缺少 frontmatter：第一行应是 ---，接着写文章信息，再用一行 --- 结束。可以用 npm run new 生成模板',
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
  try {
    data = jsYaml.load(yamlText) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    return {
      data: undefined,
      body,
      bodyLine,
      locate: () => offset + 1,
      problems: [
        {
          file,
          line: (mark?.line ?? 0) + 1 + offset,
          field: 'YAML',
          severity: 'error',
          message: `格式写错了（${(error as { reason?: string }).reason ?? 'YAML'}）：检查这一行和上一行的冒号、缩进和引号；含有冒号或引号的文字请整体加上引号`,
        },
      ],
    };
  }
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
