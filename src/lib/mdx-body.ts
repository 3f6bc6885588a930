/**
 * What an article's MDX body may import, and how those imports reach the compiled body.
 *
 * An article's body is compiled when its page is rendered, not bundled with the site
 * (src/data/article-body.ts): 10,000 bundled MDX modules held more than 2 GB while the
 * site was built. So a body can import only its own photos, and each photo reaches the
 * page through the content store as an image the build already knows.
 */
import { mdxToMdast } from 'satteri';

/** Photo file types a body may import; the same ones Astro's image pipeline optimizes. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** `import name from './photo.jpg';`, the photo beside the MDX file: the only import editors use (docs/editing.md). */
const PHOTO_IMPORT = new RegExp(
  String.raw`^import\s+([A-Za-z][A-Za-z0-9_]*)\s+from\s+(['"])(\./[^/'"]+\.(?:${PHOTO_EXTENSIONS.join('|')}))\2\s*;?\s*$`,
  'i',
);

export interface PhotoImport {
  /** The name the body uses, e.g. `lifts` in `src={lifts}`. */
  name: string;
  /** The file, relative to the MDX file, e.g. `./lifts.jpg`. */
  path: string;
  /** Line in the text given, 1-based. */
  line: number;
}

export interface BodyImports {
  photos: PhotoImport[];
  /** Import lines that are not a photo import, with their 1-based line. */
  unsupported: { line: number; text: string }[];
}

/**
 * The import lines of an MDX body or whole file, found as MDX finds them: a line in a code
 * block or inside a paragraph is text, not an import. Body that MDX cannot parse gives no
 * imports; the content check reports the syntax error itself.
 */
export function bodyImports(source: string): BodyImports {
  const photos: PhotoImport[] = [];
  const unsupported: BodyImports['unsupported'] = [];
  // Most bodies import nothing; skip the parse.
  if (!/^import\b/m.test(source)) return { photos, unsupported };
  let tree;
  try {
    tree = mdxToMdast(source);
  } catch {
    return { photos, unsupported };
  }
  const nodes = tree.type === 'root' ? tree.children : [];
  for (const node of nodes) {
    if (node.type !== 'mdxjsEsm' || !node.position) continue;
    const first = node.position.start.line;
    (node.value ?? '').split('\n').forEach((raw, index) => {
      const text = raw.trim();
      if (text === '') return;
      const line = first + index;
      const match = PHOTO_IMPORT.exec(text);
      if (match) photos.push({ name: match[1] ?? '', path: match[3] ?? '', line });
      else unsupported.push({ line, text });
    });
  }
  return { photos, unsupported };
}

/** Photo paths a body imports, as a record for the content store (`./lifts.jpg` → `./lifts.jpg`). */
export function photoPaths(body: string): Record<string, string> {
  return Object.fromEntries(bodyImports(body).photos.map(({ path }) => [path, path]));
}

/**
 * The source with every photo import replaced by a binding to the photo the caller passes in
 * `arguments[0][key]`, which is how a function-body MDX module reads what it is given. Each
 * import stays on its own line, so MDX errors still point at the editor's line numbers.
 */
export function bindPhotoImports(source: string, key: string): string {
  const lines = source.split('\n');
  for (const { name, path, line } of bodyImports(source).photos) {
    lines[line - 1] = `export const ${name} = arguments[0][${JSON.stringify(key)}][${JSON.stringify(path)}];`;
  }
  return lines.join('\n');
}

/**
 * The credit of each <Figure> in a body, in order, as written (`本报记者 苏弼坤 摄`): the byline
 * may name a photographer only when a photo on the page credits them (src/lib/photo-credits.ts).
 * A credit written as an expression (credit={…}) is taken as its text when it is a plain string.
 */
export function figureCredits(body: string): string[] {
  if (!body.includes('<Figure')) return [];
  let tree: TreeNode;
  try {
    tree = mdxToMdast(body) as unknown as TreeNode;
  } catch {
    return [];
  }
  const credits: string[] = [];
  const walk = (node: TreeNode) => {
    if (node.name === 'Figure' && /^mdxJsx(Flow|Text)Element$/.test(node.type)) {
      for (const { name, value } of node.attributes ?? []) {
        if (name !== 'credit') continue;
        if (typeof value === 'string') credits.push(value);
        else if (value && typeof value === 'object' && 'value' in value) {
          const text = /^\s*(["'])(.*)\1\s*$/.exec(String(value.value));
          if (text?.[2]) credits.push(text[2]);
        }
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return credits;
}

/** The parts of an MDX syntax tree node that figureCredits reads. */
interface TreeNode {
  type: string;
  name?: string | null;
  attributes?: { name?: string; value?: unknown }[];
  children?: TreeNode[];
}
