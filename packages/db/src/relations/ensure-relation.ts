import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError, notFound } from "../errors";
import type { Tx } from "../tx";

/** The relation between two countries, created on first use. Slug order makes it canonical. */
export async function ensureRelation(tx: Tx, options: { countryCodes: [string, string]; actor: Actor }) {
  const [x, y] = options.countryCodes;
  if (x === y) throw new AppError("INVALID", "A relation needs two different countries");
  const countries = await tx.country.findMany({ where: { code: { in: [x, y] } }, orderBy: { slug: "asc" } });
  const [a, b] = countries;
  if (!a || !b) throw notFound("Country");
  const existing = await tx.relation.findFirst({
    where: {
      OR: [
        { countryAId: a.code, countryBId: b.code },
        { countryAId: b.code, countryBId: a.code },
      ],
    },
  });
  if (existing) return { relation: existing, created: false };
  const relation = await tx.relation.create({
    data: { slug: `${a.slug}-${b.slug}`, countryAId: a.code, countryBId: b.code },
  });
  await writeAuditEvent(tx, {
    actor: options.actor,
    relationId: relation.id,
    event: { type: "relation.created", payload: { slug: relation.slug } },
  });
  return { relation, created: true };
}
