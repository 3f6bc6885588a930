/**
 * Site-wide settings that differ between deployments, read from the
 * environment so the same commit can be published anywhere:
 *
 *   SITE_URL            public address, e.g. https://hemei.example.cn
 *   SITE_BASE           sub-path, e.g. /hemei/ for a project page (default /)
 *   SITE_ICP            ICP filing number (ICP备案号), shown in the footer when set
 *   SITE_PUBLIC_SECURITY  public-security filing (公安备案号), shown when set
 *   SITE_CACHE_DIR      where builds keep their caches (default node_modules/.astro)
 */
export const siteConfig = {
  url: process.env.SITE_URL ?? 'https://hemei.example.cn',
  base: process.env.SITE_BASE ?? '/',
  icp: process.env.SITE_ICP ?? '',
  publicSecurity: process.env.SITE_PUBLIC_SECURITY ?? '',
  /**
   * The build's cache folder, relative to the project: Astro's (astro.config.mjs `cacheDir`, the
   * same default), the share cards and the search index's shards and page documents.
   */
  cacheDir: process.env.SITE_CACHE_DIR ?? 'node_modules/.astro',
  /** Publisher named in structured data. */
  publisher: '海口日报',
} as const;
