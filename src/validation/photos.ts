/**
 * The photo files of one article: the cover, when there is one, must exist and
 * be a picture, and should be wide enough to share; neither the cover nor a
 * photo the body imports may be the grey placeholder `npm run new` and
 * `npm run import` write, recognised by its pixels (src/lib/placeholder-image.ts).
 * The placeholder is a reminder in a draft and an error in anything to be published.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PhotoImport } from '../lib/mdx-body';
import { inspectPhoto } from '../lib/placeholder-image';
import type { Problem } from '../lib/problems';
import type { Locate } from '../lib/references';
import type { ArticleData } from '../schemas/article';

/** Narrowest cover that still makes a sharp share image (WeChat and others crop to about 1200 px). */
export const MIN_COVER_WIDTH = 1200;

export interface ArticlePhotos {
  /** The MDX file, relative to the project root, for messages. */
  file: string;
  absolutePath: string;
  /** Frontmatter as read, even when it failed its schema (for `draft`). */
  raw: unknown;
  /** Frontmatter checked by the schema, or undefined when it failed (its cover is then not checked). */
  data: ArticleData | undefined;
  /** The photos the body imports (`bodyImports`), read once by the content check. */
  photos: readonly PhotoImport[];
  bodyLine: number;
  locate: Locate;
}

const PLACEHOLDER_IS =
  '这是 npm run new 或 npm run import 放进去的灰色占位图（按图片内容认出，改了文件名、另存或缩放也一样）';

/**
 * Problems with the articles' photo files. Run after every file is read: sharp and
 * file reads share Node's small thread pool, and photos read meanwhile would hold up
 * the reading of the articles themselves.
 */
export async function checkPhotos(articles: readonly ArticlePhotos[]): Promise<Problem[]> {
  return (await Promise.all(articles.map(checkArticle))).flat();
}

async function checkArticle(article: ArticlePhotos): Promise<Problem[]> {
  const isDraft = (article.raw as { draft?: unknown } | undefined)?.draft === true;
  const besideArticle = (path: string) => resolve(dirname(article.absolutePath), path);
  const cover = article.data?.cover;
  const checks = [
    ...(cover ? [checkCover(article, String(cover.src), besideArticle(String(cover.src)), isDraft)] : []),
    ...article.photos.map(async ({ path, line }): Promise<Problem[]> => {
      const absolute = besideArticle(path);
      // A missing body photo is reported by the <Figure> checks (./figures.ts).
      if (!existsSync(absolute)) return [];
      const photo = await inspectPhoto(absolute).catch(() => undefined);
      const at = { file: article.file, line: line + article.bodyLine - 1, field: '正文 import', value: path };
      // The build's image pipeline stops on a file that is not a picture, so validate does too.
      if (!photo?.width || !photo.height) {
        return [
          {
            ...at,
            severity: 'error',
            message: `${path} 不是能打开的图片（文件可能没下载完整，或只是把别的文件改了扩展名）；请用看图软件打开确认，另存为 JPG 后放回文章文件夹`,
          },
        ];
      }
      if (!photo.isPlaceholder) return [];
      return [
        {
          ...at,
          severity: isDraft ? 'warning' : 'error',
          message: `${isDraft ? '正文照片还是灰色占位图' : '正文照片不能发布'}：${PLACEHOLDER_IS}；换成真实照片，或删掉这张 <Figure> 和它的 import 行`,
        },
      ];
    }),
  ];
  return (await Promise.all(checks)).flat();
}

/** The cover: a picture that can be read, not the placeholder, wide enough to share. */
async function checkCover(
  article: ArticlePhotos,
  src: string,
  absolute: string,
  isDraft: boolean,
): Promise<Problem[]> {
  const photo = await inspectPhoto(absolute).catch(() => undefined);
  // Lines are found only for a problem: locating reads the file's YAML again, with positions.
  const place = () => ({ file: article.file, line: article.locate(['cover', 'src']), field: 'cover.src' });
  if (!photo) {
    return [
      {
        ...place(),
        value: src,
        severity: 'error',
        message:
          '封面图片找不到或无法读取；请把 JPG/PNG/WebP 照片放进文章所在的文件夹，并核对文件名（区分大小写）；没有照片的报道删除整个封面字段（cover）',
      },
    ];
  }
  if (photo.isPlaceholder) {
    return [
      isDraft
        ? {
            ...place(),
            value: src,
            severity: 'warning',
            message: `封面还是灰色占位图，${PLACEHOLDER_IS}；发布前换成真实照片，或删除封面字段（cover）发布无图报道`,
          }
        : {
            ...place(),
            value: src,
            severity: 'error',
            message: `封面不能发布：${PLACEHOLDER_IS}。换成真实照片，或删除封面字段（cover）发布无图报道`,
          },
    ];
  }
  if (photo.width < MIN_COVER_WIDTH) {
    return [
      {
        ...place(),
        value: `${src}（宽 ${photo.width} 像素）`,
        severity: 'warning',
        message: `封面宽度不到 ${MIN_COVER_WIDTH} 像素，分享到微信时会发虚；如有原图请换成更大的`,
      },
    ];
  }
  return [];
}
