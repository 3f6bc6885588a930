/** /topics/<id>/feed.xml — one topic's installments. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive';
import { feedResponse } from '../../../data/feeds';
import { t } from '../../../i18n/zh-CN';
import { paths } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const { topics } = await getArchive();
  return topics.map((topic) => ({ params: { id: topic.id }, props: { name: topic.data.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string }> = async ({ site, params, props }) => {
  const { byTopic } = await getArchive();
  const id = params.id!;
  return feedResponse(
    site!,
    { title: t.feeds.topic(props.name), description: t.feeds.description, to: paths.topicFeed(id) },
    byTopic.get(id) ?? [],
  );
};
