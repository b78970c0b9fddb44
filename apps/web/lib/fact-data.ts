import { type PublicFact, timelineLabel } from "@dyad/db";
import { notFound } from "next/navigation";
import { factPage } from "./public-data";
import { isUuid } from "./routes";

/** A public fact by the id in its address, or the 404 page. */
export async function loadFact(params: Promise<{ id: string }>): Promise<PublicFact> {
  const { id } = await params;
  const fact = isUuid(id) ? await factPage(id.toLowerCase()) : null;
  if (!fact) notFound();
  return fact;
}

/** What the fact page shows: the public version, or after a withdrawal the last one that was. */
export function shownRevision(fact: PublicFact) {
  if (fact.current) return fact.current;
  const lastId = fact.publications.findLast((p) => p.revisionId)?.revisionId;
  return fact.revisions.find((r) => r.revisionId === lastId) ?? fact.revisions.at(-1);
}

export const factTitle = (fact: PublicFact) => {
  const shown = shownRevision(fact);
  return shown ? timelineLabel(shown) : "A fact";
};
