import type { TFactContentInput, TSection } from "@dyad/core/schemas/fact";
import type { TRelatedLink } from "@dyad/core/schemas/related-link";
import type { ArticleReference } from "./references";

/** One paragraph or list item of an article, with the heading path it sits under. */
export interface ArticleBlock {
  index: number;
  /** "Background", "Background › Friendship Group", ... */
  heading: string;
  section: TSection;
  type: "paragraph" | "list-item";
  text: string;
}

/** An anomaly for an editor's review: which rule, why, and the exact span of text. */
export interface Anomaly {
  rule:
    | "COUNTRY_NOT_IN_PAIR"
    | "MISSPELLED_PLACE"
    | "DUPLICATE_AGREEMENT"
    | "MALFORMED_AMOUNT"
    | "CONTRADICTORY_DIRECTION"
    | "UNSTRUCTURED";
  message: string;
  blockIndex: number;
  /** Offsets into the block's text; excerpt = text.slice(start, end). */
  start: number;
  end: number;
  excerpt: string;
  /** The proposed fact the anomaly concerns, when there is one. */
  importKey?: string;
}

/** A fact the importer proposes. Sources are added by importArticle (the article and section). */
export interface ProposedFact {
  /** Stable across re-imports of the same or an edited article (see analyze-article.ts). */
  importKey: string;
  blockIndex: number;
  content: Omit<TFactContentInput, "sources">;
  /** What its sentence cites beyond the article (references.ts): [n] notes, {{cite}}, URLs. */
  references: ArticleReference[];
}

export interface ArticleAnalysis {
  title: string;
  countryCodes: [string, string];
  blocks: ArticleBlock[];
  facts: ProposedFact[];
  anomalies: Anomaly[];
  /** Navigation ("See also", "External links", category lines): links of the relation, not facts. */
  relatedLinks: TRelatedLink[];
  /** The entries of its References/Notes section, by note number. */
  references: ArticleReference[];
}
