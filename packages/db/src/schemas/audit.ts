// Audit event payloads, stored as JSON in audit_event.payload, keyed by type. Adding a field is
// safe; renaming or removing one needs a data migration.
import { z } from "zod";

export const ZAuditEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("fact.created"), payload: z.object({ revisionId: z.string(), kind: z.string() }) }),
  z.object({
    type: z.literal("fact.revised"),
    payload: z.object({ revisionId: z.string(), parentId: z.string().nullable(), number: z.number() }),
  }),
  z.object({ type: z.literal("fact.published"), payload: z.object({ revisionId: z.string() }) }),
  z.object({ type: z.literal("fact.unpublished"), payload: z.object({ revisionId: z.string().nullable() }) }),
  z.object({ type: z.literal("fact.deleted"), payload: z.object({ wasPublished: z.boolean() }) }),
  z.object({ type: z.literal("relation.created"), payload: z.object({ slug: z.string() }) }),
  z.object({ type: z.literal("user.created"), payload: z.object({ email: z.string(), role: z.string() }) }),
  z.object({
    type: z.literal("article.imported"),
    payload: z.object({ title: z.string(), created: z.number(), revised: z.number(), unchanged: z.number() }),
  }),
]);
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
