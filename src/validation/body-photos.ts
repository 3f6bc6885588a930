/**
 * Every photo a body imports goes through the build's image pipeline, which stops on a
 * file that is not an image (a renamed PDF, a download that failed halfway). Each one is
 * opened here with sharp, as the build will.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sharp from 'sharp';
import type { PhotoImport } from '../lib/mdx-body';
import type { Problem } from '../lib/problems';

/** Problems with photos the body imports (`bodyImports`) that exist but cannot be read as images. */
export async function checkBodyPhotos(
  file: string,
  absolutePath: string,
  photos: readonly PhotoImport[],
  bodyLine: number,
): Promise<Problem[]> {
  const checks = photos.map(async ({ path, line }): Promise<Problem[]> => {
    const photo = resolve(dirname(absolutePath), path);
    // A missing file is reported by the <Figure> check (src/validation/figures.ts).
    if (!existsSync(photo)) return [];
    try {
      const meta = await sharp(photo).metadata();
      if (meta.width && meta.height) return [];
    } catch {
      // Reported below.
    }
    return [
      {
        file,
        line: line + bodyLine - 1,
        field: '正文 import',
        value: path,
        severity: 'error',
        message: `${path} 不是能打开的图片（文件可能没下载完整，或只是把别的文件改了扩展名）；请用看图软件打开确认，另存为 JPG 后放回文章文件夹`,
      },
    ];
  });
  return (await Promise.all(checks)).flat();
}
