// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard';
import { publishMode } from './src/integrations/publish-mode';
import { quietMdxDirectiveWarning } from './src/integrations/quiet-mdx-warning';

/** Public URL and sub-path of the site; set SITE_URL / SITE_BASE when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://hemei.example.cn';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests and benchmarks build into their own folders.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  integrations: [contentGuard(), publishMode(), mdx(), quietMdxDirectiveWarning()],
  build: { format: 'directory' },
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // AVIF at sharp's default effort takes seconds per photo on these 2-core machines; effort 2 is several times faster at a similar size.
      config: { avif: { effort: 2 }, jpeg: { mozjpeg: true } },
    },
  },
  vite: {
    // Never inline scripts or styles into the HTML: they stay cacheable files, and the
    // Content-Security-Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
