/** What the archive's one order needs to know about an installment. */
export interface SortFields {
  published: Date;
  installment: number;
  slug: string;
}

/**
 * Newest first: by publication date, then by installment number, then by slug
 * so that the order never depends on file-system order.
 */
export function compareNewestFirst(a: SortFields, b: SortFields): number {
  return (
    b.published.getTime() - a.published.getTime() ||
    b.installment - a.installment ||
    a.slug.localeCompare(b.slug)
  );
}

/** A sorted copy, newest first. */
export function newestFirst<T>(items: readonly T[], fields: (item: T) => SortFields): T[] {
  return [...items].sort((a, b) => compareNewestFirst(fields(a), fields(b)));
}
