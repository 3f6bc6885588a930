/**
 * Byline roles used in the paper. Keys are what editors type in frontmatter;
 * the printed Chinese labels live in the zh-CN dictionary.
 */
export const BYLINE_ROLES = ['reporter', 'special-correspondent', 'correspondent', 'photographer'] as const;

export type BylineRole = (typeof BYLINE_ROLES)[number];
