/**
 * Checks the photos editors place inside an article body with <Figure>:
 * each needs src, alt, caption and credit, and an imported image file that exists.
 * A body may import nothing but its photos, and shows them only with <Figure>.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { bodyImports, PHOTO_EXTENSIONS } from '../lib/mdx-body';
import type { Problem } from '../lib/problems';

/** Attributes every <Figure> must carry, with the editor-facing label. */
export const FIGURE_ATTRIBUTES = {
  src: '图片文件（src）',
  alt: '替代文字（alt）',
  caption: '图片说明（caption）',
  credit: '署名（credit）',
} as const;

/** Problems with <Figure> elements, photo imports and Markdown images in an MDX body. */
export function checkFigures(file: string, absolutePath: string, body: string, bodyLine: number): Problem[] {
  const { photos, unsupported } = bodyImports(body);
  const problems: Problem[] = unsupported.map(({ line, text }) => ({
    file,
    line: line + bodyLine - 1,
    field: '正文 import',
    value: text,
    severity: 'error',
    message: `正文里只能引入本文件夹里的照片（${PHOTO_EXTENSIONS.map((ext) => `.${ext}`).join(' ')}），一行一张，写法是 import dianti from './dianti.jpg';`,
  }));
  const usedByFigures = new Set<string>();
  const isMissing = (path: string) => !existsSync(resolve(dirname(absolutePath), path));
  // A photo no <Figure> shows still goes into the build, so its file must exist too.
  const unusedMissing = (): Problem[] =>
    photos
      .filter(({ name, path }) => !usedByFigures.has(name) && isMissing(path))
      .map(({ path, line }) => ({
        file,
        line: line + bodyLine - 1,
        field: '正文 import',
        value: path,
        severity: 'error',
        message: `找不到图片文件 ${path}；请把照片放进文章所在的文件夹并核对文件名（区分大小写），或删掉这一行 import`,
      }));
  // Plain Markdown has no JSX, expressions or images to check; parsing it would only cost time.
  if (!body.includes('<') && !body.includes('{') && !body.includes('!['))
    return [...problems, ...unusedMissing()];
  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const place = error as { line?: number; reason?: string };
    return [
      ...problems,
      {
        file,
        line: place.line ? place.line + bodyLine - 1 : undefined,
        field: '正文',
        severity: 'error',
        message: `正文的 MDX 写法有误（${place.reason ?? String(error)}）；检查尖括号 < > 和花括号 { } 是否成对，普通文字里的 < { 要换成全角`,
      },
    ];
  }
  const imports = new Map(photos.map(({ name, path }) => [name, path]));

  visit(tree, (node) => {
    if (node.type === 'image') {
      problems.push({
        file,
        line: (node.position?.start.line ?? 1) + bodyLine - 1,
        field: '正文图片',
        value: node.url,
        severity: 'error',
        message:
          '正文里的照片要用 <Figure> 放，写明替代文字、图片说明和署名；不能用 Markdown 的 ![…](…) 写法（见 docs/editing.md 第三节）',
      });
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== 'Figure') return;
    const line = (node.position?.start.line ?? 1) + bodyLine - 1;
    const attributes = new Map<string, unknown>();
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute') attributes.set(attribute.name, attribute.value);
    }
    for (const [name, label] of Object.entries(FIGURE_ATTRIBUTES)) {
      const value = attributes.get(name);
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        problems.push({
          file,
          line,
          field: `<Figure> ${name}`,
          severity: 'error',
          message: `正文里的照片缺少${label}；每张 <Figure> 都要写 src、alt、caption、credit，例如 credit="本报记者 苏弼坤 摄"`,
        });
      }
    }
    const src = attributes.get('src');
    if (src && typeof src === 'object' && 'value' in src) {
      const name = String(src.value).trim();
      const path = imports.get(name);
      usedByFigures.add(name);
      if (path === undefined) {
        problems.push({
          file,
          line,
          field: '<Figure> src',
          value: name,
          severity: 'error',
          message: `src={${name}} 没有对应的 import；请在正文开头写 import ${name} from './照片文件名.jpg';`,
        });
      } else if (isMissing(path)) {
        problems.push({
          file,
          line,
          field: '<Figure> src',
          value: path,
          severity: 'error',
          message: `找不到图片文件 ${path}；请把照片放进文章所在的文件夹，并核对文件名（区分大小写）`,
        });
      }
    }
  });
  return [...problems, ...unusedMissing()];
}
