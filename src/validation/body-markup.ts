/**
 * Markup in an article body that the build would reject or publish broken: components the
 * site does not have, images that are not photos beside the article (a relative <img> is
 * a broken image, one from another host is blocked by the site's CSP, src/lib/csp.ts),
 * code in braces, inline styles the CSP blocks, and a `# ` heading that gives the page a
 * second h1.
 */
import type { Problem } from '../lib/problems';

/** The parts of an MDX syntax tree node these checks read (mdast with the MDX node types). */
export interface BodyNode {
  type: string;
  children?: BodyNode[];
  position?: { start: { line: number } };
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  depth?: number;
  value?: string;
}

/** Calls `visit` on every node of the tree, parents before children. */
export function walkBody(node: BodyNode, visit: (node: BodyNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walkBody(child, visit);
}

/** Components a body may use; the article page passes exactly these (src/data/article-body.ts). */
export const BODY_COMPONENTS = ['Figure'] as const;

/** HTML elements that load or run something, which the site's CSP blocks or the page cannot show. */
const BLOCKED_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'video',
  'audio',
  'source',
  'picture',
  'form',
  'input',
  'button',
]);

/** An address on another host (https://…, //…), not a file beside the article. */
export const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());

const FIGURE_HOWTO = '在正文开头 import，再用 <Figure> 放上（见 docs/editing.md 第三节）';

/** Why an image at `url` would not show, for <img>, Markdown images and <Figure src="…">. */
export function imageMessage(url: string): string {
  if (isRemote(url)) {
    const host = /\/\/([^/]+)/.exec(url)?.[1] ?? '';
    const wechat = /qpic\.cn|qq\.com/.test(host) ? '（微信公众号的图片还禁止别的网站引用）' : '';
    return `这是别的网站${host ? `（${host}）` : ''}上的图片：本站的安全策略只允许显示本站的图片，读者只会看到一个空白框${wechat}；请把照片下载下来放进文章所在的文件夹，${FIGURE_HOWTO}`;
  }
  return `这样写的图片发布后是一张坏图（网站不会处理它）；照片放在文章所在的文件夹里，${FIGURE_HOWTO}`;
}

/** Problems with the markup of a parsed body; lines are moved by `bodyLine` to lines of the file. */
export function checkBodyMarkup(tree: BodyNode, file: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (node: BodyNode) => (node.position?.start.line ?? 1) + bodyLine - 1;
  const add = (node: BodyNode, field: string, value: unknown, message: string) =>
    problems.push({ file, line: lineOf(node), field, value, severity: 'error', message });

  walkBody(tree, (node) => {
    switch (node.type) {
      case 'heading':
        if (node.depth === 1) {
          add(
            node,
            '正文标题',
            `# ${(node.children ?? []).map((child) => child.value ?? '').join('')}`,
            '正文里不能用一级标题（# 开头）：主标题已经是页面的一级标题，一页有两个会让读屏软件和搜索引擎分不清；小标题请用 ## 开头',
          );
        }
        return;
      case 'image':
        add(node, '正文图片', node.url, imageMessage(node.url ?? ''));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = (node.value ?? '').trim();
        // {/* 注释 */} is how MDX writes a comment; anything else runs as code.
        if (/^\/\*[\s\S]*\*\/$/.test(code)) return;
        add(
          node,
          '正文花括号',
          `{${code}}`,
          'MDX 把花括号 { } 里的文字当成代码运行，构建会失败或显示出意外的内容；普通文字里的花括号请换成全角 ｛ ｝',
        );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        return;
      default:
    }
  });

  function checkElement(node: BodyNode): void {
    const name = node.name ?? '';
    if (name === '') return;
    const attribute = (key: string) =>
      node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      if ((BODY_COMPONENTS as readonly string[]).includes(name)) return;
      add(
        node,
        '正文组件',
        `<${name}>`,
        `网站没有 <${name}> 这个组件，构建会失败；正文里能用的组件只有 ${BODY_COMPONENTS.map((c) => `<${c}>`).join('、')}，多张照片请每张各用一个 <Figure>`,
      );
      return;
    }
    if (name === 'img') {
      const src = attribute('src')?.value;
      add(
        node,
        '正文图片',
        typeof src === 'string' ? src : '<img>',
        imageMessage(typeof src === 'string' ? src : ''),
      );
      return;
    }
    if (BLOCKED_ELEMENTS.has(name)) {
      add(
        node,
        '正文 HTML',
        `<${name}>`,
        `正文里不能放 <${name}>：网站的安全策略不允许在页面里嵌入脚本、样式、视频或别的网站的内容，读者看不到；请删掉它，照片用 <Figure>`,
      );
      return;
    }
    if (attribute('style')) {
      add(
        node,
        '正文 HTML',
        `<${name} style=…>`,
        '网站的安全策略不允许 style= 写的样式，发布后不会生效；请删掉 style=…，需要强调时用 **加粗**',
      );
    }
  }

  return problems;
}
