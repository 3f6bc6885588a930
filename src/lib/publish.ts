import { isoDay } from './dates';

/** What decides whether an installment is public. */
export interface PublishFields {
  draft: boolean;
  published: Date;
}

export interface PublishOptions {
  /** The moment of the build; installments dated after today (Haikou time) wait. */
  now: Date;
  /** `npm run dev` shows drafts and future installments so editors can preview them. */
  preview: boolean;
}

/**
 * The one publish rule: a production build shows an installment only when it
 * is not a draft and its publication day has come in Haikou.
 */
export function isPublished(article: PublishFields, { now, preview }: PublishOptions): boolean {
  if (preview) return true;
  return !article.draft && isoDay(article.published) <= isoDay(now);
}
