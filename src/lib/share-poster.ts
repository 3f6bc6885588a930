/**
 * The 分享海报 of an installment: its share card with a band below holding the
 * QR code of its address and what to do with it. WeChat shows a bare link
 * for pages without its signed JS-SDK, so readers share a picture instead;
 * whoever sees it long-presses the code to open the article.
 *
 * Cheap to draw: the card is the cached share card, the band is drawn once
 * per column and process, and only the QR code is new, so a poster costs one
 * composite and one PNG encode (figures in docs/benchmarks.md).
 */
import sharp from 'sharp';
import { qrSvgForImage } from './qr-code';
import {
  POSTER_BAND_HEIGHT,
  POSTER_QR,
  renderPosterBandSvg,
  SHARE_COLOURS,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  type PosterBandInput,
} from './share-image';

export const POSTER_WIDTH = SHARE_IMAGE_WIDTH;
export const POSTER_HEIGHT = SHARE_IMAGE_HEIGHT + POSTER_BAND_HEIGHT;

const bands = new Map<string, Promise<Buffer>>();

/** The band's drawing, once per distinct text in this process. */
function band(input: PosterBandInput): Promise<Buffer> {
  const key = JSON.stringify(input);
  let drawn = bands.get(key);
  if (!drawn) {
    drawn = renderPosterBandSvg(input).then((svg) => Buffer.from(svg));
    drawn.catch(() => bands.delete(key));
    bands.set(key, drawn);
  }
  return drawn;
}

export interface PosterInput {
  /** The installment's share card, a 1200×630 PNG (src/lib/share-image.ts). */
  card: Buffer;
  /** The installment's absolute address, which the QR code holds. */
  url: string;
  band: PosterBandInput;
}

/** The poster as a palette PNG, 1200 wide: card above, band with the QR code below. */
export async function renderSharePoster(input: PosterInput): Promise<Buffer> {
  const qr = await qrSvgForImage(input.url, POSTER_QR.size);
  const inset = Math.floor((POSTER_QR.size - qr.size) / 2);
  return sharp({
    create: { width: POSTER_WIDTH, height: POSTER_HEIGHT, channels: 3, background: SHARE_COLOURS.paper },
  })
    .composite([
      { input: input.card, top: 0, left: 0 },
      { input: await band(input.band), top: SHARE_IMAGE_HEIGHT, left: 0 },
      {
        input: Buffer.from(qr.svg),
        top: SHARE_IMAGE_HEIGHT + POSTER_QR.top + inset,
        left: POSTER_QR.left + inset,
      },
    ])
    .png({ palette: true, quality: 100, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
}
