import type { SchemaContext } from 'astro:content';
import { fields, requiredText } from './common';

/**
 * A news photo: the image file beside the article plus the three texts a
 * newspaper never prints a photo without.
 */
export function photoSchema(image: SchemaContext['image'], label = '照片') {
  return fields(
    {
      /** Path to the image file, relative to the MDX file, e.g. ./cover.jpg. */
      src: image(),
      /** What the photo shows, for readers who cannot see it （替代文字）. */
      alt: requiredText(`${label}的替代文字（alt）`, '用一句话描述照片里能看到什么，供读屏软件朗读'),
      /** Caption printed under the photo （图片说明）. */
      caption: requiredText(`${label}的图片说明（caption）`),
      /** Credit, as printed, e.g. 本报记者 苏弼坤 摄， or 示意图 for an illustration. */
      credit: requiredText(`${label}的署名（credit）`, '例如 本报记者 苏弼坤 摄'),
    },
    label,
  );
}
