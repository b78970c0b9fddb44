import { ZCountryCode } from "@dyad/core/schemas/fact-data";
import { z } from "zod";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { ensureRelation } from "./ensure-relation";

const ZCreateRelationRequest = z
  .strictObject({ countryCodes: z.tuple([ZCountryCode, ZCountryCode]) })
  .refine((r) => r.countryCodes[0] !== r.countryCodes[1], {
    message: "Choose two different countries",
    path: ["countryCodes", 1],
  });

/**
 * Start a relation between two countries. The order they are given in does not matter: the
 * slug is canonical ("azerbaijan-canada"). An existing pair is a CONFLICT naming its slug.
 */
export const createRelation = defineOperation({
  minRole: "EDITOR",
  input: ZCreateRelationRequest,
  async run({ input: { countryCodes }, actor, tx }) {
    const { relation, created } = await ensureRelation(tx, { countryCodes, actor });
    if (!created) {
      throw new AppError("CONFLICT", `These countries already have a relation: ${relation.slug}`, {
        slug: relation.slug,
      });
    }
    return { id: relation.id, slug: relation.slug };
  },
});
