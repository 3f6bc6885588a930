/** /share/<slug>.png — the 1200×630 card shown when an installment is shared. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive';
import { t } from '../../i18n/zh-CN';
import { renderShareImage } from '../../lib/share-image';
import { cachedImage } from '../../lib/share-image-cache';
import { CITYWIDE } from '../../schemas/article';

export const getStaticPaths = (async () => {
  const { articles, seriesById, districtById } = await getArchive();
  return articles.map((article) => ({
    params: { slug: article.data.slug },
    props: {
      input: {
        columnTitle: `《${seriesById.get(article.data.series)?.data.title ?? ''}》`,
        kicker: article.data.kicker,
        headline: article.data.headline,
        places: article.data.districts.map((id) =>
          id === CITYWIDE ? t.citywide : (districtById.get(id)?.data.name ?? id),
        ),
      },
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: Parameters<typeof renderShareImage>[0] }> = async ({ props }) => {
  const image = await cachedImage(props.input, () => renderShareImage(props.input));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
