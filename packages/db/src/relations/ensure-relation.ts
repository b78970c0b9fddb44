import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import type { Tx } from "../tx";

/** The relation between two countries, created on first use. Slug order makes it canonical. */
export async function ensureRelation(tx: Tx, options: { countryCodes: [string, string]; actor: Actor }) {
  const [x, y] = options.countryCodes;
  if (x === y) throw new AppError("INVALID", "A relation needs two different countries");
  const countries = await tx.country.findMany({ where: { code: { in: [x, y] } }, orderBy: { slug: "asc" } });
  const [a, b] = countries;
  if (!a || !b) {
    // Name what is missing: countries come with the migrations, so a gap means an unknown code
    // or a database whose migrations were not applied.
    const missing = [x, y].filter((code) => !countries.some((c) => c.code === code));
    throw new AppError(
      "NOT_FOUND",
      `Country ${missing.join(" and ")} was not found in the country table (apply the migrations: pnpm db:migrate)`,
      { missing },
    );
  }
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
