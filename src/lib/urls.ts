/**
 * Every internal URL is built here, so the site works under a sub-path
 * (SITE_BASE) and slugs stay ASCII.
 */

/** Joins the configured base path and a site path: ('/sub', 'articles/x/') → '/sub/articles/x/'. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

export const paths = {
  home: () => '',
  article: (slug: string) => `articles/${slug}/`,
  series: (id: string) => `series/${id}/`,
  districts: () => 'districts/',
  district: (id: string) => `districts/${id}/`,
  topics: () => 'topics/',
  topic: (id: string) => `topics/${id}/`,
  communities: () => 'communities/',
  community: (id: string) => `communities/${id}/`,
  people: () => 'people/',
  person: (id: string) => `people/${id}/`,
  archive: () => 'archive/',
  search: () => 'search/',
  corrections: () => 'corrections/',
  feed: () => 'feed.xml',
  districtFeed: (id: string) => `districts/${id}/feed.xml`,
  topicFeed: (id: string) => `topics/${id}/feed.xml`,
  shareImage: (slug: string) => `share/${slug}.png`,
  /** The 分享海报: share card and QR code (src/lib/share-poster.ts). */
  sharePoster: (slug: string) => `share/poster/${slug}.png`,
  siteShareImage: () => 'share/site.png',
  /** month is 2026-05 */
  archiveMonth: (month: string) => `archive/${month.replace('-', '/')}/`,
} as const;
