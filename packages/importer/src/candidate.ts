import type { TSection } from "@dyad/core/schemas/fact";
import type { FACT_DATA_SCHEMAS, FactKind } from "@dyad/core/schemas/fact-data";
import type { z } from "zod";
import type { AmountMention } from "./amounts";
import type { CountryMention } from "./countries-in-text";
import type { DateMention, ValidTime } from "./dates";
import type { PlaceMention } from "./gazetteer";
import type { PersonMention } from "./people";
import type { Phrase } from "./phrases";
import type { Span } from "./tokens";
import type { Anomaly } from "./types";

// The shapes the extractors pass around before facts get their import keys.

export type DataOf<K extends FactKind> = z.input<(typeof FACT_DATA_SCHEMAS)[K]>;
export type TypedData = { [K in FactKind]: { kind: K; data: DataOf<K> } }[FactKind];

/** A problem found while reading; the span is in block offsets. */
export interface Issue {
  rule: Anomaly["rule"];
  message: string;
  span: Span;
}

/** A fact one extractor read from one sentence (or one clause of it). */
export type Candidate = TypedData & {
  validTime: ValidTime;
  /** The clause the fact was read from, in block offsets: sentence-level issues inside it are its. */
  anchor: Span;
  issues: Issue[];
  /** What tells this fact apart within its section regardless of wording (see import-keys.ts). */
  identity: string;
  /** The text that names the fact's subject (an agreement's title), in block offsets. */
  focus?: Span;
  /** Could not be typed: a GENERAL fact an editor should look at. */
  unstructured?: boolean;
  /** Named as one already known ("the 2000 boundary memorandum"): likely told before. */
  mentionsEarlier?: boolean;
};

/** One sentence with everything the finders saw in it. Mention offsets are sentence-relative. */
export interface Sentence {
  text: string;
  /** Where the sentence starts in its block. */
  offset: number;
  section: TSection;
  pair: [string, string];
  countries: CountryMention[];
  dates: DateMention[];
  amounts: AmountMention[];
  people: PersonMention[];
  places: PlaceMention[];
  quotes: Phrase[];
}

/** What a paragraph has established so far ("this working group" refers back to it). */
export interface BlockContext {
  group?: { name: string; parliamentOf?: string };
}

export interface Extraction {
  candidates: Candidate[];
  /** Issues about the sentence rather than one fact (attached to a fact of the sentence later). */
  issues: Issue[];
}

export const NONE: Extraction = { candidates: [], issues: [] };

/** A sentence-relative span in block offsets. */
export const inBlock = (s: Sentence, span: Span): Span => ({ start: s.offset + span.start, end: s.offset + span.end });

export const sentenceSpan = (s: Sentence): Span => ({ start: s.offset, end: s.offset + s.text.length });

export const other = (pair: [string, string], code: string | undefined) =>
  code === pair[0] ? pair[1] : code === pair[1] ? pair[0] : undefined;

export const inPair = (pair: [string, string], code: string | undefined) => code === pair[0] || code === pair[1];

/** The year-level part of a fact's identity: robust to a date gaining or losing precision. */
export const yearOf = (t: ValidTime) => (t.start ?? t.end ?? "").slice(0, 4);
