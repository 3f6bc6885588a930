/** /share/poster/<slug>.png — the 分享海报: the installment's share card with the QR code of its address. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive';
import { t } from '../../../i18n/zh-CN';
import { renderShareImage, type ShareImageInput } from '../../../lib/share-image';
import { cachedImage } from '../../../lib/share-image-cache';
import { renderSharePoster } from '../../../lib/share-poster';
import { paths, withBase } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const { articles, shareCardOf } = await getArchive();
  return articles.map((article) => ({
    params: { slug: article.data.slug },
    props: { card: shareCardOf(article) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareImageInput }> = async ({ props, params, site }) => {
  const url = new URL(withBase(import.meta.env.BASE_URL, paths.article(String(params.slug))), site).href;
  const band = { caption: t.share.qrCaption, hint: t.share.posterScan, columnTitle: props.card.columnTitle };
  // The card route draws the same card; the cache (or the draw in flight) hands it over.
  const poster = await cachedImage({ poster: { card: props.card, url, band } }, async () =>
    renderSharePoster({ card: await cachedImage(props.card, () => renderShareImage(props.card)), url, band }),
  );
  return new Response(new Uint8Array(poster), { headers: { 'Content-Type': 'image/png' } });
};
