// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard';
import { freshContentModules } from './src/integrations/fresh-content-modules';
import { heapPoolRelease } from './src/integrations/heap-pool';
import { photoOriginals } from './src/integrations/photo-originals';
import { publishMode } from './src/integrations/publish-mode';
import { securityHeaders } from './src/integrations/security-headers';
import { siteConfig } from './src/site-config';
import { quietMdxDirectiveWarning } from './src/integrations/quiet-mdx-warning';

export default defineConfig({
  // Public URL and sub-path: SITE_URL and SITE_BASE (see src/site-config.ts).
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Tests and benchmarks build into their own folders.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    // Before anything reads content: .astro/ is shared by every build of this project.
    freshContentModules(),
    contentGuard(),
    publishMode(),
    // Static MDX compiles to HTML strings, not one JSX call per element: at 10,000 articles the
    // bundler holds about 0.6 GB less (docs/benchmarks.md).
    mdx({ optimize: true }),
    // Imported photos reach Astro's image step without passing through the bundler: at 1,000
    // installments with camera photos the bundler held the originals' bytes, 3 GB (docs/benchmarks.md).
    photoOriginals(),
    // Gives back the memory the content sync leaves in V8's page pool before bundling (1.2 GB at
    // 10,000 installments); the image service does the same before the image step.
    heapPoolRelease(),
    quietMdxDirectiveWarning(),
    securityHeaders(),
    // The search page and the 404 are not destinations for search engines.
    sitemap({ filter: (page) => !/\/(search|404)\/$/.test(new URL(page).pathname) }),
  ],
  // Pages render 8 at a time on the one thread: while one waits for its file to be written, others
  // render (warm 1,000-installment build: 11.7 → 7.8 s, the same output; docs/benchmarks.md).
  build: { format: 'directory', concurrency: 8 },
  image: {
    service: {
      // Astro's sharp service, which gives back the memory rendering left before the first encode
      // (half a gigabyte at 10,000 installments; docs/benchmarks.md).
      entrypoint: './src/integrations/image-service.ts',
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
