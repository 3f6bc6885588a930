/**
 * On an article opened from search (…?pagefind-highlight=电梯), marks the
 * searched words. Pagefind's highlighter is loaded only then, so an article
 * read any other way loads no more than this file.
 */
const PARAM = 'pagefind-highlight';

export async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(location.search).has(PARAM)) return;
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  const url = `${base}pagefind/pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (options: Record<string, unknown>) => unknown;
  };
  // Styles come from our stylesheet (mark.pagefind-highlight), not an injected <style>.
  new PagefindHighlight({ highlightParam: PARAM, addStyles: false });
}
