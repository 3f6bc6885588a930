/**
 * An article's body, compiled from its MDX file when its page is rendered.
 *
 * Astro's own render() bundles every article's MDX as JavaScript modules, two per article;
 * at 10,000 articles the bundler held more than 2 GB for them (docs/benchmarks.md). Compiling
 * here takes about 0.3 ms per article, with the compiler and settings @astrojs/mdx uses
 * (Sätteri, GFM, smart punctuation, heading ids, static HTML kept as strings), so what articles
 * may contain comes out the same. Not carried over, because articles have none of it: syntax
 * highlighting of code blocks, Markdown images (the content check rejects them) and client
 * scripts or styles in the body.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { mdxToJs, type MdxCompileOptions } from 'satteri';
import Figure from '../components/mdx/Figure.astro';
import { bindPhotoImports } from '../lib/mdx-body';
import { decodeOrThrow } from '../validation/read-text';
import type { Article } from './archive';

/** The key the compiled body reads its photos from (see bindPhotoImports). */
const PHOTOS = 'photos';

const COMPILE: MdxCompileOptions = {
  outputFormat: 'function-body',
  jsxImportSource: 'astro',
  elementAttributeNameCase: 'html',
  optimizeStatic: { component: 'Fragment', prop: 'set:html' },
  hastPlugins: [satteriHeadingIdsPlugin()],
  features: { gfm: true, smartPunctuation: true },
};

interface BodyProps {
  components?: Record<string, unknown>;
}
type MdxContent = (props: BodyProps) => unknown;

/** The body as a component for the article page: `<Body />`. */
export async function articleBody(article: Article): Promise<MdxContent> {
  // The content store keeps paths relative to the project root; npm run build, dev and the tests all run there.
  const file = resolve(article.filePath ?? '');
  // Read as the content check and the loader read it: a BOM or Windows line ends change nothing.
  const source = decodeOrThrow(file, await readFile(file));
  let compiled: { default: MdxContent };
  try {
    const { code } = await mdxToJs(bindPhotoImports(source, PHOTOS), COMPILE);
    compiled = new Function(code)({ Fragment, jsx, jsxs, [PHOTOS]: article.data.photos }) as {
      default: MdxContent;
    };
  } catch (error) {
    throw new Error(
      `${article.filePath}：正文无法编译（${(error as Error).message}）；运行 npm run validate 查看出错的行`,
      {
        cause: error,
      },
    );
  }
  const Body: MdxContent = (props = {}) =>
    compiled.default({ ...props, components: { Fragment, Figure, ...props.components } });
  // The marks @astrojs/mdx puts on its Content (its __astro_tag_component__ sets the second),
  // so Astro renders the body with its JSX renderer.
  Object.assign(Body, { [Symbol.for('mdx-component')]: true });
  Object.defineProperty(Body, Symbol.for('astro:renderer'), { value: 'astro:jsx' });
  return Body;
}
