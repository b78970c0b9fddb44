import { fromStoredValidTime } from "@dyad/core/schemas/partial-date";
import { z } from "zod";
import { notFound } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { relationName } from "../read-model/relation-countries";

/** A relation with every live fact's latest draft, review state and open flags, for editors. */
export const getRelationForEditor = defineOperation({
  minRole: "EDITOR",
  // Any text: a slug that names no relation is NOT_FOUND, as a page address would be.
  input: { slug: z.coerce.string().transform((slug) => slug.slice(0, 200)) },
  transaction: false,
  async run({ input: { slug }, tx: db }) {
    const relation = await db.relation.findUnique({
      where: { slug },
      include: {
        countryA: { select: { code: true, name: true } },
        countryB: { select: { code: true, name: true } },
        facts: {
          where: { deletedAt: null },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            kind: true,
            reviewState: true,
            reviewNote: true,
            updatedAt: true,
            publishedRevisionId: true,
            currentRevision: {
              select: {
                id: true,
                number: true,
                section: true,
                statement: true,
                authorName: true,
                createdAt: true,
                validFrom: true,
                validFromPrecision: true,
                validTo: true,
                validToPrecision: true,
              },
            },
            _count: { select: { flags: { where: { resolvedAt: null } } } },
          },
        },
      },
    });
    if (!relation) throw notFound("Relation");
    return {
      id: relation.id,
      slug: relation.slug,
      name: relationName(relation.countryA.name, relation.countryB.name),
      summary: relation.summary,
      countries: [relation.countryA, relation.countryB] as const,
      facts: relation.facts.map((f) => ({
        id: f.id,
        kind: f.kind,
        reviewState: f.reviewState,
        reviewNote: f.reviewNote,
        isPublic: f.publishedRevisionId !== null,
        draftIsPublic: f.publishedRevisionId !== null && f.publishedRevisionId === f.currentRevision?.id,
        updatedAt: f.updatedAt.toISOString(),
        openFlags: f._count.flags,
        section: f.currentRevision?.section ?? "other",
        statement: f.currentRevision?.statement ?? "",
        revisionNumber: f.currentRevision?.number ?? 0,
        lastAuthor: f.currentRevision?.authorName ?? "",
        validTime: f.currentRevision ? fromStoredValidTime(f.currentRevision) : { start: null, end: null },
      })),
    };
  },
});
