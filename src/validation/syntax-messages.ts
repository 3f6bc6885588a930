/**
 * YAML and MDX syntax errors in Chinese, on the line the editor has to fix.
 *
 * The parsers report where they gave up, which is often lines later (an unclosed quote
 * is noticed at the end of the file), and in English. Each common cause is recognised
 * here from the text itself and explained with its fix; the parser's own message stays
 * in parentheses at the end for developers.
 */
import type { Problem } from '../lib/problems';

/** A syntax problem before it is given its file: line (in the text checked), bad line and explanation. */
export interface SyntaxFinding {
  line: number;
  /** The line as written, shown as the value. */
  text: string;
  message: string;
}

const KEY = String.raw`^(\s*(?:-\s+)?)([A-Za-z][\w-]*)`;
const FULL_WIDTH_COLON_KEY = new RegExp(`${KEY}\\s*：`);
const NO_SPACE_AFTER_COLON = new RegExp(`${KEY}:(?=[^\\s/])`);

const QUOTE_HINT = '含有冒号、引号或以 [ { * & ! @ 开头的文字请整体用英文单引号括起来';

/** Lines of YAML with mistakes the parser accepts silently or misreports: checked on every file. */
export function yamlLineFindings(yamlText: string): SyntaxFinding[] {
  const findings: SyntaxFinding[] = [];
  yamlText.split('\n').forEach((text, index) => {
    const line = index + 1;
    const indent = /^[ \t\u3000]*/.exec(text)?.[0] ?? '';
    if (indent.includes('\u3000')) {
      findings.push({
        line,
        text,
        message: '行首用了全角空格缩进；YAML 只认半角空格。请删掉行首的空白，改用半角空格（每一级两个）',
      });
    } else if (indent.includes('\t') && text.trim() !== '') {
      findings.push({
        line,
        text,
        message: '行首用了 Tab 键缩进；YAML 只认空格。请把行首的 Tab 换成空格（每一级两个）',
      });
    } else if (FULL_WIDTH_COLON_KEY.test(text)) {
      const key = FULL_WIDTH_COLON_KEY.exec(text)?.[2] ?? '';
      findings.push({
        line,
        text,
        message: `字段名 ${key} 后面用了中文冒号“：”；请改成英文冒号加一个空格，写成 ${key}: 值`,
      });
    } else if (NO_SPACE_AFTER_COLON.test(text)) {
      const key = NO_SPACE_AFTER_COLON.exec(text)?.[2] ?? '';
      findings.push({
        line,
        text,
        message: `字段名 ${key} 的冒号后面少了一个空格；请写成 ${key}: 值（冒号后空一格）`,
      });
    }
  });
  return findings;
}

/** Where a quote opened on a line is never closed on that line, the likeliest unclosed quote. */
function unclosedQuoteLine(lines: readonly string[], quote: '"' | "'"): number | undefined {
  const opens = new RegExp(`${KEY.slice(1)}:\\s+${quote}|^\\s*-\\s+${quote}|[\\[,]\\s*${quote}`);
  for (const [index, text] of lines.entries()) {
    if (!opens.test(text)) continue;
    const inner = quote === '"' ? text.replace(/\\./g, '') : text.replace(/''/g, '');
    if ((inner.split(quote).length - 1) % 2 === 1) return index + 1;
  }
  return undefined;
}

/** The last line at or before `line` that has text, for errors found one line late. */
function previousTextLine(lines: readonly string[], line: number): number {
  for (let at = Math.min(line, lines.length); at > 1; at--) {
    if ((lines[at - 1] ?? '').trim() !== '') return at;
  }
  return 1;
}

/**
 * The cause of a YAML parse error from js-yaml, in Chinese, at the line to fix.
 * `reason` and `line` (1-based) are js-yaml's; `offset` is how many lines of the file come
 * before the YAML (the frontmatter's ---), for line numbers quoted in the message.
 */
export function explainYamlError(yamlText: string, reason: string, line: number, offset = 0): SyntaxFinding {
  const lines = yamlText.split('\n');
  const at = (n: number, message: string): SyntaxFinding => ({ line: n, text: lines[n - 1] ?? '', message });
  const english = `（${reason}）`;
  // A mistake on an earlier line is the real cause more often than the line js-yaml stopped at.
  const early = yamlLineFindings(yamlText).find((finding) => finding.line <= line);
  if (early) return { ...early, message: `${early.message}${english}` };

  if (/within a double quoted scalar/.test(reason) || /within a single quoted scalar/.test(reason)) {
    const quote = /double/.test(reason) ? '"' : "'";
    const where = unclosedQuoteLine(lines, quote) ?? line;
    const name = quote === '"' ? '双引号 " ' : "单引号 ' ";
    return at(where, `这一行的${name}没有闭合；请在文字末尾补上 ${quote}，或去掉开头的 ${quote}${english}`);
  }
  if (/duplicated mapping key/.test(reason)) {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lines[line - 1] ?? '')?.[1] ?? '';
    const indent = /^\s*/.exec(lines[line - 1] ?? '')?.[0].length ?? 0;
    const first = lines.findIndex(
      (text, i) =>
        i < line - 1 && (/^\s*/.exec(text)?.[0].length ?? 0) === indent && text.trim().startsWith(`${key}:`),
    );
    const before = first >= 0 ? `第 ${first + 1 + offset} 行已经写过` : '前面已经写过';
    return at(line, `字段 ${key} 写了两次（${before}）；同一个字段只能写一次，请删掉多余的一行${english}`);
  }
  if (/flow collection|missed comma/.test(reason)) {
    const open = lines.findIndex((text, i) => i < line && text.includes('[') && !text.includes(']'));
    return at(
      open >= 0 ? open + 1 : line,
      `方括号列表没有写完整：列表要写在一行里，用 [ 开头、] 结尾，中间用英文逗号隔开，例如 [qiongshan, meilan]${english}`,
    );
  }
  if (/multiline key may not be an implicit key|a colon is missed/.test(reason)) {
    const where = previousTextLine(lines, /multiline key/.test(reason) ? line - 1 : line);
    return at(where, `这一行缺少冒号：每一行写成“字段名: 值”（英文冒号，后面空一格）${english}`);
  }
  if (/bad indentation of a mapping entry/.test(reason)) {
    const text = lines[line - 1] ?? '';
    const value = /^\s*(?:-\s+)?[\w-]+:\s+(.*)$/.exec(text)?.[1] ?? '';
    if (/^["']/.test(value)) {
      return at(line, `引号要括住整段文字，引号后面不能再有字；${QUOTE_HINT}${english}`);
    }
    if (/:\s/.test(value)) {
      return at(
        line,
        `文字里的英文冒号加空格会被当成新的字段；请把这段文字整体加上英文单引号，或把冒号改成中文“：”${english}`,
      );
    }
    return at(
      line,
      `缩进不对：同一级的字段要左边对齐，下一级比上一级多缩进两个空格；请对照上一行检查${english}`,
    );
  }
  if (
    /unidentified alias|alias node|unknown tag|reserved for future use|end of the stream or a document separator/.test(
      reason,
    )
  ) {
    return at(line, `这一行的写法 YAML 看不懂；${QUOTE_HINT}，缩进请和上下行对齐${english}`);
  }
  return at(line, `格式写错了：检查这一行和上一行的冒号、缩进和引号；${QUOTE_HINT}${english}`);
}

/** Turns a YAML finding into a problem of `file`, its line moved by `offset` (the frontmatter's first line). */
export function yamlProblem(file: string, finding: SyntaxFinding, offset: number): Problem {
  return {
    file,
    line: finding.line + offset,
    field: 'YAML 格式',
    value: finding.text.trim(),
    severity: 'error',
    message: finding.message,
  };
}

/** Line and column of an MDX parser message such as `3:1: Expected a closing tag for <img> (3:1) (rule)`. */
export function mdxErrorPlace(message: string): { line?: number; reason: string } {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
  if (!match) return { reason: message };
  return { line: Number(match[1]), reason: match[3] ?? message };
}

/** The cause of an MDX parse error in Chinese, with its fix; the parser's message at the end. */
export function explainMdxError(reason: string): string {
  // Without the rule name and the parser's positions, which count from the body, not the file.
  const english = `（${reason
    .replace(/\s*\((?:mdx-[\w:-]+|[\w-]+:[\w-]+)\)\s*$/, '')
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')}）`;
  let tag = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (tag) {
    const name = tag[1] ?? '';
    const extra = name === 'img' ? '；正文里的照片请用 <Figure>（见 docs/editing.md 第三节）' : '';
    return `<${name}> 标签没有结束：单独的标签要以 /> 结尾，例如 <${name} … />；成对的标签要写 </${name}>${extra}${english}`;
  }
  tag = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(
    reason,
  );
  if (tag) {
    return `标签没有配对：<${tag[2]}> 后面应该用 </${tag[2]}> 结束，这里写的是 </${tag[1]}>${english}`;
  }
  if (/Unexpected closing slash|Unexpected closing tag/.test(reason)) {
    return `多了一个结束标签，前面没有对应的开始标签；请删掉它${english}`;
  }
  if (/closing brace for `\{`|Unexpected end of file in expression/.test(reason)) {
    return `花括号 { 没有闭合；MDX 把 { } 当成代码。普通文字里的花括号请换成全角 ｛ ｝${english}`;
  }
  if (/comment in MDX/.test(reason)) {
    return `MDX 里不能用 HTML 注释 <!-- -->；要写注释请用 {/* 注释 */}，或直接删掉${english}`;
  }
  if (
    /Unexpected character after `<`|before name|Unexpected end of file in (?:attribute|name|tag)|Unexpected character .* in (?:attribute|name)/.test(
      reason,
    )
  ) {
    return `文字里的 < 被当成了标签的开头；普通文字请用全角“＜”或写成“小于”，标签请写完整${english}`;
  }
  if (/Could not parse expression with acorn|Unexpected content after expression/.test(reason)) {
    return `花括号 { } 里的内容不是有效的代码；普通文字里的花括号请换成全角 ｛ ｝${english}`;
  }
  if (/Could not parse import\/exports/.test(reason)) {
    return `import 那一行写法不对；照片要写成 import dianti from './dianti.jpg';${english}`;
  }
  if (/lazy line/.test(reason)) {
    return `引用（以 > 开头的段落）或列表里的一行没有对齐；请在这一行开头也加上 > ，或在前面空一行${english}`;
  }
  return `正文的 MDX 写法有误：检查尖括号 < > 和花括号 { } 是否成对，普通文字里的 < { 要换成全角${english}`;
}
