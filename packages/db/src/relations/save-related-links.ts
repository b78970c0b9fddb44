import { isDeepStrictEqual } from "node:util";
import { type TRelatedLink, ZRelatedLinks } from "@dyad/core/schemas/related-link";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import type { Tx } from "../tx";

/**
 * Keep the navigation an imported article gives (its "See also", external links, categories) as
 * the relation's related links, replacing the last import's; audited when they change. An article
 * without navigation leaves the links alone.
 */
export async function saveRelatedLinks(
  tx: Tx,
  options: { relationId: string; links: TRelatedLink[]; articleTitle: string; actor: Actor },
) {
  const links = ZRelatedLinks.parse(options.links);
  if (links.length === 0) return;
  const current = await tx.relation.findUniqueOrThrow({
    where: { id: options.relationId },
    select: { relatedLinks: true },
  });
  if (isDeepStrictEqual(current.relatedLinks, links)) return;
  await tx.relation.update({ where: { id: options.relationId }, data: { relatedLinks: links } });
  await writeAuditEvent(tx, {
    actor: options.actor,
    relationId: options.relationId,
    event: { type: "relation.links_imported", payload: { title: options.articleTitle, count: links.length } },
  });
}
