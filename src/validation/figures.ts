/**
 * Checks the photos editors place inside an article body with <Figure>:
 * each needs src, alt, caption and credit, and an imported image file that exists.
 * A body may import nothing but its photos, and shows them only with <Figure>.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import { bodyImports, PHOTO_EXTENSIONS } from '../lib/mdx-body';
import type { Problem } from '../lib/problems';
import { checkBodyMarkup, imageMessage, isRemote, walkBody, type BodyNode } from './body-markup';
import { explainMdxError, mdxErrorPlace } from './syntax-messages';

/** Attributes every <Figure> must carry, with the editor-facing label. */
export const FIGURE_ATTRIBUTES = {
  src: '图片文件（src）',
  alt: '替代文字（alt）',
  caption: '图片说明（caption）',
  credit: '署名（credit）',
} as const;

/** The field of a body that MDX cannot parse. */
export const BODY_SYNTAX_FIELD = '正文 MDX 格式';

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
  // Plain Markdown has no JSX, expressions, images or top-level headings (# or a line of =) to check; parsing it would only cost time.
  if (!/[<{]|!\[|^#\s|^=+[ \t]*$/m.test(body)) return [...problems, ...unusedMissing()];
  let tree: BodyNode;
  try {
    // The parser the build compiles bodies with (src/data/article-body.ts), so both agree on what is valid.
    tree = mdxToMdast(body) as BodyNode;
  } catch (error) {
    const { line, reason } = mdxErrorPlace(error instanceof Error ? error.message : String(error));
    return [
      ...problems,
      {
        file,
        line: line ? line + bodyLine - 1 : undefined,
        field: BODY_SYNTAX_FIELD,
        value: line ? body.split('\n')[line - 1]?.trim() : undefined,
        severity: 'error',
        message: explainMdxError(reason),
      },
    ];
  }
  const imports = new Map(photos.map(({ name, path }) => [name, path]));
  problems.push(...checkBodyMarkup(tree, file, bodyLine));

  walkBody(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== 'Figure') return;
    const line = (node.position?.start.line ?? 1) + bodyLine - 1;
    const attributes = new Map<string, unknown>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name)
        attributes.set(attribute.name, attribute.value);
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
    if (typeof src === 'string' && src.trim() !== '') {
      const name = src
        .replace(/^.*\//, '')
        .replace(/\.[^.]*$/, '')
        .replace(/[^A-Za-z0-9_]/g, '');
      const binding = /^[A-Za-z]/.test(name) ? name : 'zhaopian';
      problems.push({
        file,
        line,
        field: '<Figure> src',
        value: src,
        severity: 'error',
        message: isRemote(src)
          ? imageMessage(src)
          : `src 不能直接写文件名（src="${src}"），构建会失败；请在正文开头写 import ${binding} from '${src.startsWith('./') ? src : `./${src}`}';，再写 src={${binding}}（花括号，不加引号）`,
      });
    } else if (src && typeof src === 'object' && 'value' in src) {
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
