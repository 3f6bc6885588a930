/**
 * schema.org NewsArticle data for an article page, and a serialiser that is
 * safe inside <script type="application/ld+json">: no frontmatter text can
 * close the script element or start a comment, whatever it contains.
 */
export interface NewsArticleInput {
  url: string;
  headline: string;
  alternativeHeadline?: string | undefined;
  description: string;
  datePublished: string;
  dateModified: string;
  /** Everyone in the bylines, in byline order; someone in two roles (reporter and photographer) may come twice. */
  authors: { name: string; url: string }[];
  image: string;
  publisher: string;
  series: { name: string; url: string };
  keywords: string[];
  places: string[];
}

export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    ...(input.alternativeHeadline ? { alternativeHeadline: input.alternativeHeadline } : {}),
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: 'zh-CN',
    // A person is one author, however many byline roles they have.
    author: [...new Map(input.authors.map((a) => [a.url, a])).values()].map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: a.url,
    })),
    image: [input.image],
    publisher: { '@type': 'NewsMediaOrganization', name: input.publisher },
    isPartOf: { '@type': 'CreativeWorkSeries', name: input.series.name, url: input.series.url },
    keywords: input.keywords,
    contentLocation: input.places.map((name) => ({ '@type': 'Place', name })),
  };
}

/** JSON for an inline data block: <, >, & and line separators escaped as \\u sequences. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The day an article last changed: its update date or its latest correction, whichever is later. */
export function lastModified(
  published: Date,
  updated: Date | undefined,
  corrections: { date: Date }[],
): Date {
  return [published, updated, ...corrections.map((c) => c.date)]
    .filter((d): d is Date => d instanceof Date)
    .reduce((latest, d) => (d > latest ? d : latest));
}
