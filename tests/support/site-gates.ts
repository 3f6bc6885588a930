/**
 * Site-wide checks over a built folder: broken links and anchors, HTML
 * validity, and size budgets. Each returns the problems it found, so tests
 * can assert both that the real site is clean and that a broken page is caught.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { check, LinkState } from 'linkinator';

/** Every .html file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return filesEndingWith(dir, ['.html']);
}

/** Every file under `dir` whose name ends with one of `extensions`, relative to it. */
export function filesEndingWith(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * Image files under _astro/ that no page or feed refers to: Astro publishes a photo's untouched
 * original when a component reads a field of the imported image, which at camera sizes would
 * be gigabytes nobody downloads.
 */
export function unusedImages(dir: string): string[] {
  const text = filesEndingWith(dir, ['.html', '.xml'])
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
  return filesEndingWith(join(dir, '_astro'), ['.jpg', '.jpeg', '.png', '.webp', '.avif']).filter(
    (file) => !text.includes(`/_astro/${file}`),
  );
}

/** Broken internal links, anchors and images, found by crawling the site from every page. */
export async function brokenLinks(dir: string): Promise<string[]> {
  const result = await check({
    path: dir,
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    // Only the site itself: canonical URLs name the public host, which is not this folder.
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (${link.status ?? '?'}) ← ${link.parent ?? ''}`);
  // linkinator does not read srcset; every candidate must exist too.
  for (const file of htmlFiles(dir)) {
    const $ = load(readFileSync(join(dir, file), 'utf8'));
    $('[srcset]').each((_, el) => {
      for (const candidate of ($(el).attr('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0] ?? '';
        if (url.startsWith('/') && !existsSync(join(dir, decodeURI(url)))) broken.push(`${url} ← ${file}`);
      }
    });
  }
  return broken;
}

/** html-validate's recommended rules over every page. */
export async function htmlErrors(dir: string): Promise<string[]> {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // HTML allows any id without spaces; heading anchors come from Chinese sub-heads such as 3次议事会之后.
      'valid-id': ['error', { relaxed: true }],
    },
  });
  const errors: string[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return errors;
}

/**
 * Pages with anything after </html>: html-validate lets it pass, but browsers move it into the body
 * (a page-level <script> placed outside the layout ended up there).
 */
export function pagesWithContentAfterHtml(dir: string): string[] {
  return htmlFiles(dir).filter(
    (file) => !readFileSync(join(dir, file), 'utf8').trimEnd().endsWith('</html>'),
  );
}

/** Gzipped bytes of a page's HTML plus the CSS and JS files it links. */
export function pageWeight(
  dir: string,
  page: string,
): { html: number; css: number; js: number; total: number } {
  const html = readFileSync(join(dir, page), 'utf8');
  const $ = load(html);
  const gz = (path: string) => gzipSync(readFileSync(join(dir, path))).length;
  const local = (url: string | undefined) => (url && url.startsWith('/') ? url : undefined);
  const css = $('link[rel="stylesheet"]')
    .map((_, el) => local($(el).attr('href')))
    .get()
    .reduce((sum, url) => sum + gz(url), 0);
  const js = $('script[src]')
    .map((_, el) => local($(el).attr('src')))
    .get()
    .reduce((sum, url) => sum + gz(url), 0);
  const htmlBytes = gzipSync(html).length;
  return { html: htmlBytes, css, js, total: htmlBytes + css + js };
}

/** The 长辈模式 script every page loads (public/reading-mode.js). */
export const READING_MODE_SCRIPT = 'reading-mode.js';

/** Pages that load or embed any JavaScript besides the 长辈模式 script every page has. */
export function pagesWithScripts(dir: string): string[] {
  return htmlFiles(dir).filter((file) => {
    const $ = load(readFileSync(join(dir, file), 'utf8'));
    return (
      $('script').filter(
        (_, el) =>
          $(el).attr('type') !== 'application/ld+json' &&
          !($(el).attr('src') ?? '').endsWith(`/${READING_MODE_SCRIPT}`),
      ).length > 0
    );
  });
}

/**
 * Pages where the 长辈模式 script is missing or could not apply the reader's size before the first
 * paint: it must be a classic script (not async, defer or a module) in <head>, before the stylesheet.
 */
export function pagesWithoutEarlyReadingMode(dir: string): string[] {
  return htmlFiles(dir).filter((file) => {
    const $ = load(readFileSync(join(dir, file), 'utf8'));
    const head = $('head').children().toArray();
    const script = head.findIndex((el) => ($(el).attr('src') ?? '').endsWith(`/${READING_MODE_SCRIPT}`));
    const stylesheet = head.findIndex((el) => $(el).is('link[rel="stylesheet"]'));
    const el = head[script];
    return !el || $(el).is('[async], [defer], [type="module"]') || (stylesheet !== -1 && stylesheet < script);
  });
}

export const exists = (dir: string, path: string) =>
  existsSync(join(dir, path)) && statSync(join(dir, path)).isFile();
