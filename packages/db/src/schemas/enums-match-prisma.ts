// @dyad/core cannot import Prisma, so its zod enums are written out; this file fails
// `pnpm typecheck` the moment one of them and prisma/schema.prisma stop having exactly the same values.

import type { ZFactKind } from "@dyad/core/schemas/fact-data";
import type { ZSourceKind } from "@dyad/core/schemas/source";
import type { z } from "zod";
import type { FactKind, Role, SourceKind } from "../generated/prisma/enums";
import type { ZRole } from "../users/schemas";

/** true when A and B are the same set of values, else false (so `true` below cannot be assigned). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const enumsMatchPrisma: [
  Same<z.infer<typeof ZFactKind>, FactKind>,
  Same<z.infer<typeof ZSourceKind>, SourceKind>,
  Same<z.infer<typeof ZRole>, Role>,
] = [true, true, true];
