/**
 * One page of every type on the test site (tests/support/global-setup.ts), by what a reader
 * would call it: the pages the browser checks (accessibility, large text, targets) walk through.
 */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  column: '/series/test-column/',
  'column, page 2': '/series/hemei-xiaoqu/2/',
  article: '/articles/2026-05-13-first-story/',
  'the real installment': '/articles/2026-05-13-dangyuan-tiao-daliang/',
  'city-wide article': '/articles/2026-06-01-citywide-story/',
  'article without a photo': '/articles/2026-11-30-no-photo-story/',
  districts: '/districts/',
  district: '/districts/qiongshan/',
  topics: '/topics/',
  topic: '/topics/lift-renewal/',
  communities: '/communities/',
  community: '/communities/test-garden/',
  people: '/people/',
  person: '/people/reporter-a/',
  archive: '/archive/',
  month: '/archive/2026/05/',
  'not found': '/404.html',
  corrections: '/corrections/',
  'search with results': '/search/?q=%E7%94%B5%E6%A2%AF&district=%E7%90%BC%E5%B1%B1%E5%8C%BA',
};

/** 长辈模式's settings as public/reading-mode.js stores them. */
export const READING_MODE_KEY = 'hemei-reading';
export const TEXT_SIZES = ['standard', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** A script for page.addInitScript: the reader chose this size (and contrast) on an earlier visit. */
export function rememberedMode(text: TextSize, contrast = false): string {
  const value = JSON.stringify({ text, contrast: contrast ? 'high' : '' });
  return `try { localStorage.setItem(${JSON.stringify(READING_MODE_KEY)}, ${JSON.stringify(value)}); } catch (e) {}`;
}
