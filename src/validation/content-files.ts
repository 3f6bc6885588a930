/**
 * Every file under content/ is read by the site or reported: a file the build would skip
 * without a word (index.md, Index.mdx, a .yml data file, a photo nobody shows) and a file
 * name that cannot be an id (Chinese, capitals, or two names that differ only in case,
 * which become one file on Windows and macOS).
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { LAYOUT, type CollectionName } from '../content-layout';
import { PHOTO_EXTENSIONS } from '../lib/mdx-body';
import type { Problem } from '../lib/problems';
import { SLUG_PATTERN } from '../schemas/common';
// The same pinyin the editors' commands propose ids with (npm run new, npm run import).
import { pinyinWords, proposeSlug, suggestPersonId } from '../lib/slug';

/** What the id check needs to know about one entry. */
export interface EntryFile {
  collection: CollectionName;
  /** Path relative to the project root, as problems name it. */
  file: string;
  id: string;
  /** Parsed data, possibly invalid; its name or headline helps suggest an id. */
  data: unknown;
}

export interface ContentFilesInput {
  projectRoot: string;
  contentRoot: string;
  entries: readonly EntryFile[];
  /** Absolute paths of the photos articles use (covers and body imports). */
  usedPhotos: ReadonlySet<string>;
  /** Article folders whose index.mdx could not be read: which photos it uses is unknown. */
  unreadFolders: ReadonlySet<string>;
}

const PHOTOS = new Set<string>(PHOTO_EXTENSIONS.map((ext) => `.${ext}`));
const PHOTO_LIST = PHOTO_EXTENSIONS.map((ext) => `.${ext}`).join(' ');
const OTHER_IMAGES = new Set(['.heic', '.heif', '.gif', '.bmp', '.tif', '.tiff']);
const MDX_FOLDERS = new Set<string>(['articles', 'series']);
const DATA_FOLDERS = Object.entries(LAYOUT)
  .filter(([, layout]) => layout.pattern === '*.yaml')
  .map(([, layout]) => layout.folder as string);

const toPosix = (path: string) => path.split(sep).join('/');
/** Hidden files (.DS_Store, .gitkeep) are the system's, not the editor's, and are never read. */
const isHidden = (name: string) => name.startsWith('.');

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !toPosix(relative(folder, path)).split('/').some(isHidden))
    .sort();
}

/** An article or column text under a name the build does not read (index.md, Index.mdx, x.mdx). */
const isMisnamedText = (parts: readonly string[]) =>
  MDX_FOLDERS.has(parts[0] ?? '') &&
  /\.(?:mdx?|markdown)$/i.test(parts.at(-1) ?? '') &&
  !(parts.length === 3 && parts[2] === 'index.mdx');

/** Files under the content root the build does not read, each with what to do about it. */
async function unusedFiles({
  projectRoot,
  contentRoot,
  usedPhotos,
  unreadFolders,
}: ContentFilesInput): Promise<{ problems: Problem[]; misnamedArticles: boolean }> {
  const problems: Problem[] = [];
  const report = (path: string, severity: Problem['severity'], message: string, value?: string) =>
    problems.push({ file: toPosix(relative(projectRoot, path)), field: '文件名', value, severity, message });
  const files = await walk(contentRoot).catch(() => []);
  const partsOf = (path: string) => toPosix(relative(contentRoot, path)).split('/');
  // Which photos a text the build skips would use is unknown, so its folder gets no photo reminders.
  const misnamed = files.filter((path) => isMisnamedText(partsOf(path)));
  const skipPhotos = new Set([...unreadFolders, ...misnamed.map((path) => dirname(path))]);
  const withText = new Set(
    files.filter((path) => partsOf(path).at(-1) === 'index.mdx').map((path) => dirname(path)),
  );
  for (const path of files) {
    const parts = partsOf(path);
    const [top = '', ...rest] = parts;
    const name = basename(path);
    const ext = extname(name).toLowerCase();
    if (MDX_FOLDERS.has(top)) {
      const what = top === 'articles' ? '每一期' : '每个专栏';
      if (rest.length === 2 && rest[1] === 'index.mdx') continue;
      if (rest.length === 1) {
        report(
          path,
          'error',
          `${what}要单独一个文件夹：请新建文件夹 content/${top}/${name.replace(/\.[^.]+$/, '')}/，把这个文件放进去并改名为 index.mdx`,
          name,
        );
      } else if (rest.length === 2 && (ext === '.mdx' || ext === '.md' || ext === '.markdown')) {
        report(
          path,
          'error',
          `网站只读每个文件夹里名为 index.mdx 的文件（全小写，扩展名 .mdx），这个文件不会发布；请把它改名为 index.mdx`,
          name,
        );
      } else if (top === 'articles' && rest.length === 2 && PHOTOS.has(ext)) {
        if (usedPhotos.has(path) || skipPhotos.has(dirname(path))) continue;
        if (!withText.has(dirname(path))) {
          report(
            path,
            'warning',
            `文件夹 ${rest[0]}/ 里没有 index.mdx，这一期不会发布；请用 npm run new 新建，或把文章文件放进来并命名为 index.mdx`,
            name,
          );
          continue;
        }
        report(
          path,
          'warning',
          '这张照片没有被用到：既不是封面（cover.src），正文里也没有 import；要用就在正文里用 <Figure> 放上，不用请删掉或移出 content/',
          name,
        );
      } else {
        const hint = OTHER_IMAGES.has(ext) ? `这种图片格式网站不能用，请转存为 JPG 再放回来；` : '';
        report(
          path,
          'warning',
          `${hint}网站不会发布这个文件。${top === 'articles' ? `文章文件夹里只放 index.mdx 和它用到的照片（${PHOTO_LIST}）` : '专栏文件夹里只放 index.mdx'}；其他资料请移出 content/`,
          name,
        );
      }
      continue;
    }
    if (DATA_FOLDERS.includes(top)) {
      if (rest.length === 1 && name.endsWith('.yaml')) continue;
      if (rest.length === 1 && (ext === '.yml' || ext === '.yaml')) {
        report(
          path,
          'error',
          `数据文件的扩展名要写成全小写的 .yaml，这个文件不会被读取；请改名为 ${name.replace(/\.[^.]+$/, '.yaml')}`,
          name,
        );
      } else {
        report(
          path,
          'warning',
          `网站不会读这个文件：content/${top}/ 里只放一个个 .yaml 文件（不要子文件夹），例如 content/${top}/${DATA_EXAMPLES[top] ?? 'example'}.yaml；其他资料请移出 content/`,
          name,
        );
      }
      continue;
    }
    report(
      path,
      'warning',
      `网站不会读这个文件：content/ 里只有 articles、series、districts、topics、communities、people 六个文件夹（见 docs/editing.md 第一节）；请把它放进对应的文件夹，或移出 content/`,
      name,
    );
  }
  return { problems, misnamedArticles: misnamed.some((path) => partsOf(path)[0] === 'articles') };
}

const DATA_EXAMPLES: Record<string, string> = {
  districts: 'qiongshan',
  topics: 'lift-renewal',
  communities: 'jindao-tianxia',
  people: 'li-xin',
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const field = (data: unknown, key: string): string =>
  data !== null && typeof data === 'object' ? text((data as Record<string, unknown>)[key]) : '';

/** An id to suggest for a file whose name is not one: pinyin of its Chinese name, or the name in lower case. */
function suggestId(entry: EntryFile): string {
  const lower = entry.id
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '');
  if (/^[\p{ASCII}]*$/u.test(entry.id) && SLUG_PATTERN.test(lower)) return lower;
  if (entry.collection === 'articles') {
    const slug = field(entry.data, 'slug');
    if (SLUG_PATTERN.test(slug)) return slug;
    const published = /^\d{4}-\d{2}-\d{2}/.exec(entry.id)?.[0] ?? field(entry.data, 'published');
    return proposeSlug(field(entry.data, 'headline') || entry.id, published);
  }
  const name = field(entry.data, 'name');
  if (entry.collection === 'people' && /\p{Script=Han}/u.test(entry.id || name)) {
    return suggestPersonId(/\p{Script=Han}/u.test(entry.id) ? entry.id : name);
  }
  return pinyinWords(entry.id)
    .map((word) => word.join(''))
    .join('-');
}

const ID_LABEL: Record<CollectionName, string> = {
  articles: '文章文件夹名',
  series: '专栏文件夹名',
  districts: '区的文件名',
  topics: '话题的文件名',
  communities: '小区的文件名',
  people: '人员的文件名',
};

/** The name an editor sees: the folder of an MDX entry, the file of a data entry. */
const shortName = (entry: EntryFile) =>
  entry.file.endsWith('/index.mdx') ? `${basename(dirname(entry.file))}/` : basename(entry.file);

/** Entry ids that are not lowercase pinyin, and ids that differ only in letter case. */
function badIds(entries: readonly EntryFile[]): Problem[] {
  const problems: Problem[] = [];
  const rename = (entry: EntryFile, id: string) =>
    entry.file.endsWith('index.mdx') ? `${dirname(entry.file).replace(/[^/]+$/, id)}/` : `${id}.yaml`;
  const folded = (entry: EntryFile) => `${entry.collection}/${entry.id.toLowerCase()}`;
  const byFolded = new Map<string, EntryFile[]>();
  for (const entry of entries) byFolded.set(folded(entry), [...(byFolded.get(folded(entry)) ?? []), entry]);
  for (const entry of entries) {
    // Two names that differ only in case get the message below, which says what to do.
    if (SLUG_PATTERN.test(entry.id) || (byFolded.get(folded(entry))?.length ?? 0) > 1) continue;
    const suggestion = suggestId(entry);
    const referenced = entry.collection === 'articles' ? '' : `；文章和其他文件里引用它时也写 ${suggestion}`;
    problems.push({
      file: entry.file,
      field: '文件名',
      value: entry.id,
      severity: 'error',
      message: `${ID_LABEL[entry.collection]}就是它的编号，只能用英文小写字母、数字和连字符（拼音），不能有中文、大写字母或空格；建议改名为 ${rename(entry, suggestion)}${referenced}`,
    });
  }
  for (const group of byFolded.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map(shortName);
      problems.push({
        file: entry.file,
        field: '文件名',
        value: entry.id,
        severity: 'error',
        message: `和 ${others.join('、')} 只差大小写：在 Windows 和 Mac 上它们是同一个文件，会互相覆盖；请合并成一个全小写的文件，删掉另一个`,
      });
    }
  }
  return problems;
}

/**
 * Unused or misnamed files under the content root, and file names that are not valid ids;
 * `misnamedArticles` says an article is in a file the build skips, so what articles use is not fully known.
 */
export async function checkContentFiles(
  input: ContentFilesInput,
): Promise<{ problems: Problem[]; misnamedArticles: boolean }> {
  const files = await unusedFiles(input);
  const ids = badIds(input.entries);
  return { problems: [...files.problems, ...ids], misnamedArticles: files.misnamedArticles };
}
