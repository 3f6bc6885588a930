/**
 * The widths every photo is published at, chosen by measurement
 * (docs/benchmarks.md, "Images": bytes a phone downloads against encodes per
 * photo). Each width is encoded as AVIF and WebP; widths above a photo's own
 * are replaced by its own width.
 */

/** Article photos (cover and body): a 390 px phone at DPR 2 takes 800, at DPR 3 1200; a desktop column (42rem) 800 or 1200. */
export const PHOTO_WIDTHS = [800, 1200] as const;

/** Home-page and listing cards: 20rem on a desktop, the screen's width on a phone; 480 is what phones took before. */
export const CARD_WIDTHS = [480] as const;

/** The <img>'s own src (browsers that ignore srcset): never wider than this. */
export const PHOTO_FALLBACK_WIDTH = 800;

/** Search results' thumbnail, WebP. */
export const SEARCH_THUMBNAIL_WIDTH = 240;

/** The cover in the RSS feeds, JPEG: every feed reader shows it. */
export const FEED_COVER_WIDTH = 800;

/**
 * Encodes a photo costs at most: AVIF and WebP per width. A cover adds its
 * card's widths, the search thumbnail and the feed's JPEG.
 */
export const ENCODES_PER_BODY_PHOTO = PHOTO_WIDTHS.length * 2;
export const ENCODES_PER_COVER = ENCODES_PER_BODY_PHOTO + CARD_WIDTHS.length * 2 + 2;
