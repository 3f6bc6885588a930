/** /share/<slug>.png — the 1200×630 card shown when an installment is shared. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive';
import { renderShareImage } from '../../lib/share-image';
import { cachedImage } from '../../lib/share-image-cache';

export const getStaticPaths = (async () => {
  const { articles, shareCardOf } = await getArchive();
  return articles.map((article) => ({
    params: { slug: article.data.slug },
    props: { input: shareCardOf(article) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: Parameters<typeof renderShareImage>[0] }> = async ({ props }) => {
  const image = await cachedImage(props.input, () => renderShareImage(props.input));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
