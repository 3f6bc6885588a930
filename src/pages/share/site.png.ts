/** /share/site.png — the card for every page that is not an installment. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { renderFallbackShareImage } from '../../lib/share-image';
import { cachedImage } from '../../lib/share-image-cache';

export const GET: APIRoute = async () => {
  const { series } = await getArchive();
  const input = { columnTitle: `《${series[0]?.data.title ?? ''}》` };
  const image = await cachedImage(input, () => renderFallbackShareImage(input));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
