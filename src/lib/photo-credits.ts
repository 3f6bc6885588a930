/**
 * A byline names a photographer （摄影） only when a photo on the page credits
 * them. The column's first page was printed with a photographer's byline, but
 * the archive could show only an illustration （示意图） in place of the photo;
 * a byline there would credit a picture the reader cannot see.
 *
 * The rule, from the credits editors write (src/schemas/photo.ts): a photo
 * credits a person when its credit holds their name and says 摄 （本报记者
 * 苏弼坤 摄， 摄影：苏弼坤）. Reporters and correspondents are never dropped.
 */
import type { ArticleData } from '../schemas/article';

/** An installment's bylines: person ids by role. */
export type Bylines = ArticleData['bylines'];

/** Whether a credit names this person as the one who took the photo. */
export function creditsPhotographer(credit: string, name: string): boolean {
  const trimmed = name.trim();
  // 摄 must be in the credit beside the name, not in the name itself （丁摄影 摄）.
  return trimmed !== '' && credit.includes(trimmed) && credit.replaceAll(trimmed, '').includes('摄');
}

/**
 * The bylines with each photographer no photo credits left out; a role left
 * with nobody disappears. `nameOf` gives a person's printed name.
 */
export function creditedBylines(
  bylines: Bylines,
  credits: readonly string[],
  nameOf: (id: string) => string,
): Bylines {
  const photographers = bylines.photographer;
  if (!photographers) return bylines;
  const credited = photographers.filter((id) =>
    credits.some((credit) => creditsPhotographer(credit, nameOf(id))),
  );
  const others = { ...bylines };
  delete others.photographer;
  return credited.length > 0 ? { ...others, photographer: credited } : others;
}
