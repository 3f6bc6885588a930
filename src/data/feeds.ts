/**
 * RSS for the whole column, each district and each topic: the latest
 * installments with full summary, cover (a story may have none), categories and
 * a share-card enclosure.
 */
import rss from '@astrojs/rss';
import { getImage } from 'astro:assets';
import { FEED_SIZE } from '../lib/pagination';
import { FEED_COVER_WIDTH } from '../lib/photo-widths';
import { renderShareImage } from '../lib/share-image';
import { cachedImage } from '../lib/share-image-cache';
import { paths, withBase } from '../lib/urls';
import { getArchive, type Article } from './archive';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export async function feedResponse(
  site: URL,
  channel: { title: string; description: string; to: string },
  articles: Article[],
): Promise<Response> {
  const { topicById, placesOf, shareCardOf } = await getArchive();
  const absolute = (to: string) => new URL(withBase(import.meta.env.BASE_URL, to), site).href;
  const items = await Promise.all(
    articles.slice(0, FEED_SIZE).map(async (article) => {
      const { data } = article;
      const places = placesOf(article);
      const shareInput = shareCardOf(article);
      const share = await cachedImage(shareInput, () => renderShareImage(shareInput));
      const { cover } = data;
      let coverHtml = '';
      if (cover) {
        const image = await getImage({ src: cover.src, width: FEED_COVER_WIDTH, format: 'jpg' });
        coverHtml = `<p><img src="${escape(new URL(image.src, site).href)}" alt="${escape(cover.alt)}" /></p>`;
      }
      return {
        title: data.kicker ? `${data.headline}——${data.kicker}` : data.headline,
        link: absolute(paths.article(data.slug)),
        pubDate: data.published,
        description: data.summary,
        content: `${coverHtml}<p>${escape(data.summary)}</p>`,
        categories: [...places, ...data.topics.map((id) => topicById.get(id)?.data.name ?? id)],
        enclosure: { url: absolute(paths.shareImage(data.slug)), length: share.length, type: 'image/png' },
      };
    }),
  );
  return rss({
    title: channel.title,
    description: channel.description,
    site: absolute(''),
    items,
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}
