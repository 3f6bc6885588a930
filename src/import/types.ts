/**
 * What the importer reads and writes: the archive's known entries in, one
 * draft per story out, each with a report of what could not be told.
 */
import type { BylineRole } from '../schemas/byline-role';

/** A district, community, topic or person the archive already has. */
export interface KnownEntry {
  id: string;
  name: string;
  /** Other names that also identify it (communities). */
  aliases?: readonly string[] | undefined;
  /** District id of a community. */
  district?: string | undefined;
}

export interface ImportContext {
  people: readonly KnownEntry[];
  districts: readonly KnownEntry[];
  communities: readonly KnownEntry[];
  topics: readonly KnownEntry[];
  /** Print date of the page, YYYY-MM-DD; becomes the publication date of every draft. */
  date?: string | undefined;
  /** Year of the datelines when no date is given. */
  year?: number | undefined;
  /** Today, YYYY-MM-DD: the year when none is given, and the date of last resort. */
  today: string;
  /** Newspaper name for the print reference, e.g. 海口日报. */
  paper?: string | undefined;
  /** Title of the column the page is imported into: its banner on the page tells the column's stories. */
  column?: string | undefined;
  /** Proposes a person id for a name, e.g. 王晓燕 → wang-xiaoyan (for the report only). */
  suggestId?: ((name: string) => string) | undefined;
}

/** Something the importer could not tell, for the editor to check: a field and what to do. */
export interface ReportItem {
  field: string;
  value?: string | undefined;
  message: string;
}

export interface ImportedPhoto {
  caption?: string | undefined;
  credit?: string | undefined;
}

/** One article of the page, ready to become frontmatter and body. */
export interface ImportedDraft {
  kicker?: string | undefined;
  headline: string;
  subtitle?: string | undefined;
  /** YYYY-MM-DD */
  published: string;
  print?: { paper: string; date: string } | undefined;
  /** Person ids by role; names without a person file are reported, not invented. */
  bylines: Partial<Record<BylineRole, string[]>>;
  districts: string[];
  communities: string[];
  topics: string[];
  /** The first photo of the article; later ones become placeholders in the body. */
  cover?: ImportedPhoto | undefined;
  /** MDX body: paragraphs, `## sub-heads`, placeholders for further photos. */
  body: string;
  /** Whether the column's banner or name marks this story as the column's (see column.ts). */
  inColumn: boolean;
  report: ReportItem[];
}

export interface ImportedPage {
  drafts: ImportedDraft[];
  /** Whether the column's banner or name was found on the page at all. */
  columnFound: boolean;
  /** What on the page belongs to no article (a column's editor's note, a page title …). */
  report: ReportItem[];
}
