/**
 * What an article's MDX body may import, and how those imports reach the compiled body.
 *
 * An article's body is compiled when its page is rendered, not bundled with the site
 * (src/data/article-body.ts): 10,000 bundled MDX modules held more than 2 GB while the
 * site was built. So a body can import only its own photos, and each photo reaches the
 * page through the content store as an image the build already knows.
 */

/** Photo file types a body may import; the same ones Astro's image pipeline optimizes. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** `import name from './photo.jpg';` — the only import form editors use (docs/editing.md). */
const PHOTO_IMPORT = new RegExp(
  String.raw`^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])(\.{1,2}/[^'"]+\.(?:${PHOTO_EXTENSIONS.join('|')}))\2\s*;?\s*$`,
  'i',
);
/** Any line MDX would read as an import. */
const ANY_IMPORT = /^import\b/;

export interface PhotoImport {
  /** The name the body uses, e.g. `lifts` in `src={lifts}`. */
  name: string;
  /** The file, relative to the MDX file, e.g. `./lifts.jpg`. */
  path: string;
  /** Line within the body, 1-based. */
  line: number;
}

export interface BodyImports {
  photos: PhotoImport[];
  /** Import lines that are not a photo import, with their 1-based line. */
  unsupported: { line: number; text: string }[];
}

/** Reads the import lines of an MDX body (or of a whole file: frontmatter never starts a line with `import`). */
export function bodyImports(body: string): BodyImports {
  const photos: PhotoImport[] = [];
  const unsupported: BodyImports['unsupported'] = [];
  body.split('\n').forEach((text, index) => {
    if (!ANY_IMPORT.test(text)) return;
    const match = PHOTO_IMPORT.exec(text.trimEnd());
    if (match) photos.push({ name: match[1] ?? '', path: match[3] ?? '', line: index + 1 });
    else unsupported.push({ line: index + 1, text: text.trim() });
  });
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
  return source
    .split('\n')
    .map((text) => {
      const match = ANY_IMPORT.test(text) ? PHOTO_IMPORT.exec(text.trimEnd()) : null;
      if (!match) return text;
      return `export const ${match[1]} = arguments[0][${JSON.stringify(key)}][${JSON.stringify(match[3])}];`;
    })
    .join('\n');
}
