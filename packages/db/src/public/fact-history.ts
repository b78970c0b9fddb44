import type { RevisionView } from "../read-model/revision-view";
import { locateVersion, type VersionPosition } from "./versions";

interface Publication {
  id: string;
  at: string;
  version: string;
  revisionId: string | null;
}

export interface FactChange {
  publicationId: string;
  at: string;
  version: string;
  /**
   * published: first publication, or again after a withdrawal; updated: replaced a public
   * version; redacted: a publication whose text was later taken down (`redaction` says why).
   */
  type: "published" | "updated" | "withdrawn" | "redacted";
  revision: RevisionView | null;
  /** The version this change replaced or withdrew. */
  previous: RevisionView | null;
  redaction: Redaction | null;
}

interface Redaction {
  revisionId: string;
  number: number;
  at: string;
  actorName: string;
  reason: string;
}

/** A fact's publication log as changes a reader understands, oldest first. */
export function factChanges(fact: {
  publications: Publication[];
  revisions: RevisionView[];
  redactions?: Redaction[];
}): FactChange[] {
  const byId = new Map(fact.revisions.map((r) => [r.revisionId, r]));
  const redactions = new Map((fact.redactions ?? []).map((r) => [r.revisionId, r]));
  let shown: RevisionView | null = null;
  return fact.publications.map((p) => {
    const revision = p.revisionId ? (byId.get(p.revisionId) ?? null) : null;
    const redaction = p.revisionId ? (redactions.get(p.revisionId) ?? null) : null;
    const type: FactChange["type"] = redaction ? "redacted" : !revision ? "withdrawn" : shown ? "updated" : "published";
    const change = { publicationId: p.id, at: p.at, version: p.version, type, revision, previous: shown, redaction };
    shown = revision;
    return change;
  });
}

/** What the public saw of a fact at an instant, and the neighbouring versions for navigation. */
export function factAsOf(
  fact: { publications: Publication[]; revisions: RevisionView[] },
  at: Date,
): { revision: RevisionView | null; position: VersionPosition } {
  const versions = [...new Set(fact.publications.map((p) => p.version))];
  const position = locateVersion(versions, at);
  const inEffect = position.current
    ? fact.publications.filter((p) => p.version === position.current).at(-1)
    : undefined;
  const revision = inEffect?.revisionId
    ? (fact.revisions.find((r) => r.revisionId === inEffect.revisionId) ?? null)
    : null;
  return { revision, position };
}
