// Plain-language names for schema identifiers, shared by the public site and the editor. Types
// only are imported, so client components can use this module (`@dyad/db/labels`) without
// pulling the database client into the browser bundle.
import type { TSection } from "@dyad/core/schemas/fact";
import type { FactKind } from "@dyad/core/schemas/fact-data";

/** Headings of a relation page's sections, in page order (schemas/fact.ts SECTIONS). */
export const SECTION_TITLES: Record<TSection, string> = {
  background: "Background",
  missions: "Diplomatic missions",
  agreements: "Agreements",
  visits: "Visits and meetings",
  parliament: "Parliamentary links",
  economy: "Economy",
  education: "Education",
  culture: "Culture",
  other: "Other",
};

export const KIND_LABELS: Record<FactKind, string> = {
  RECOGNITION: "Recognition",
  DIPLOMATIC_RELATIONS: "Diplomatic relations",
  AGREEMENT: "Agreement",
  TRADE_FIGURE: "Trade figure",
  VISIT: "Visit or meeting",
  MISSION: "Diplomatic mission",
  PARLIAMENTARY_GROUP: "Parliamentary group",
  EDUCATION: "Education",
  CULTURE: "Culture",
  GENERAL: "General",
};
