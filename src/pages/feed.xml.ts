/** /feed.xml — the whole column. */
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive';
import { feedResponse } from '../data/feeds';
import { t } from '../i18n/zh-CN';
import { paths } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getArchive();
  return feedResponse(
    site!,
    { title: t.feeds.column, description: t.feeds.description, to: paths.feed() },
    articles,
  );
};
