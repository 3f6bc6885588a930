/** /districts/<id>/feed.xml — one district's installments. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive';
import { feedResponse } from '../../../data/feeds';
import { t } from '../../../i18n/zh-CN';
import { paths } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const { districts } = await getArchive();
  return districts.map((district) => ({ params: { id: district.id }, props: { name: district.data.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string }> = async ({ site, params, props }) => {
  const { byDistrict } = await getArchive();
  const id = params.id!;
  return feedResponse(
    site!,
    { title: t.feeds.district(props.name), description: t.feeds.description, to: paths.districtFeed(id) },
    byDistrict.get(id) ?? [],
  );
};
