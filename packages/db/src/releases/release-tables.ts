// The tables a release is downloadable as (CSV), each with its Frictionless Table Schema
// (datapackage.json). The columns and the schema come from one definition, so they cannot drift.
// facts.csv keeps the columns it always had; revisions, sources and citations are the same
// records split into normalised tables for loading into a database.
import type { TFactRecord } from "@dyad/api-contract";
import { canonicalJson } from "./release-records";

type FieldType = "string" | "integer" | "datetime" | "object" | "array";
export interface TableField {
  name: string;
  type: FieldType;
  format?: "uuid" | "uri";
  description: string;
}

export interface ReleaseTable {
  /** The resource name in datapackage.json and the file name without `.csv`. */
  name: "facts" | "revisions" | "sources" | "citations";
  description: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  /** The table's rows for one record; `seen` keeps state across a whole release (sources once). */
  rows: (record: TFactRecord, seen: Set<string>) => unknown[][];
}

const uuid = (name: string, description: string): TableField => ({ name, type: "string", format: "uuid", description });
const text = (name: string, description: string): TableField => ({ name, type: "string", description });
const partialDate = (name: string, description: string) => text(name, `${description}: YYYY, YYYY-MM or YYYY-MM-DD`);

const facts: ReleaseTable = {
  name: "facts",
  description: "One row per fact: the revision the release holds, with its citations as JSON",
  fields: [
    uuid("factId", "The fact's stable id"),
    uuid("revisionId", "The revision the content comes from"),
    { name: "revision", type: "integer", description: "The revision's number within the fact, from 1" },
    text("relation", "The relation's slug"),
    text("countryA", "The first country, ISO 3166-1 alpha-2"),
    text("countryB", "The second country, ISO 3166-1 alpha-2"),
    text("kind", "The kind of fact"),
    text("section", "Where the fact appears on the relation's page"),
    text("statement", "The fact as a sentence"),
    partialDate("validFrom", "When the fact began to hold"),
    partialDate("validTo", "When it stopped holding (empty: still holds or unknown)"),
    { name: "data", type: "object", description: "The kind's structured fields (canonical JSON)" },
    { name: "sources", type: "array", description: "The citations in order (canonical JSON)" },
    text("contentHash", "SHA-256 of the revision's content"),
    { name: "createdAt", type: "datetime", description: "When the revision was written (UTC)" },
    text("note", "Why the revision was made"),
  ],
  primaryKey: ["factId"],
  rows: (r) => [
    [
      r.factId,
      r.revisionId,
      r.revision,
      r.relation,
      r.countries[0],
      r.countries[1],
      r.kind,
      r.section,
      r.statement,
      r.validTime.start ?? "",
      r.validTime.end ?? "",
      canonicalJson(r.data),
      canonicalJson(r.sources),
      r.contentHash,
      r.createdAt,
      r.note,
    ],
  ],
};

const revisions: ReleaseTable = {
  name: "revisions",
  description: "The revision of each fact the release holds (revisions are immutable)",
  fields: [
    uuid("revisionId", "The revision's id"),
    uuid("factId", "The fact it is a revision of"),
    { name: "revision", type: "integer", description: "Its number within the fact, from 1" },
    text("contentHash", "SHA-256 of the revision's content"),
    { name: "createdAt", type: "datetime", description: "When it was written (UTC)" },
    text("note", "Why it was made"),
  ],
  primaryKey: ["revisionId"],
  foreignKeys: [{ fields: ["factId"], reference: { resource: "facts", fields: ["factId"] } }],
  rows: (r) => [[r.revisionId, r.factId, r.revision, r.contentHash, r.createdAt, r.note]],
};

const sources: ReleaseTable = {
  name: "sources",
  description: "Every source a fact of the release cites, once",
  fields: [
    uuid("sourceId", "The source's stable id"),
    { name: "url", type: "string", format: "uri", description: "Its address (empty: none a reader can follow)" },
    text("title", "Its title"),
    text("publisher", "Who published it"),
    text("kind", "What it is: ARTICLE, WEBSITE, GOVERNMENT, NEWS, BOOK, DATASET or OTHER"),
    partialDate("publishedOn", "When it was published"),
    partialDate("accessedOn", "When it was read"),
  ],
  primaryKey: ["sourceId"],
  rows: (r, seen) =>
    r.sources.flatMap((s) => {
      if (seen.has(s.id)) return [];
      seen.add(s.id);
      return [[s.id, s.url ?? "", s.title, s.publisher ?? "", s.kind, s.publishedOn ?? "", s.accessedOn ?? ""]];
    }),
};

const citations: ReleaseTable = {
  name: "citations",
  description: "Which revision cites which source, in order, and where in the source",
  fields: [
    uuid("revisionId", "The citing revision"),
    uuid("sourceId", "The cited source"),
    { name: "position", type: "integer", description: "The citation's place in the revision's list, from 1" },
    text("locator", "Where in the source: section, page or paragraph"),
  ],
  primaryKey: ["revisionId", "sourceId"],
  foreignKeys: [
    { fields: ["revisionId"], reference: { resource: "revisions", fields: ["revisionId"] } },
    { fields: ["sourceId"], reference: { resource: "sources", fields: ["sourceId"] } },
  ],
  rows: (r) => r.sources.map((s, i) => [r.revisionId, s.id, i + 1, s.locator ?? ""]),
};

export const RELEASE_TABLES = { facts, revisions, sources, citations } as const;
export type ReleaseTableName = keyof typeof RELEASE_TABLES;
