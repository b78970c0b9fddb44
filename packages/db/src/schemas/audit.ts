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
  z.object({
    type: z.literal("fact.published_unsourced"),
    payload: z.object({ revisionId: z.string(), reason: z.string() }),
  }),
  // Four eyes relaxed for one approval of the approver's own draft: by the setting, or an admin's reason.
  z.object({
    type: z.literal("fact.self_approved"),
    payload: z.object({ revisionId: z.string(), reason: z.string().nullable(), bySetting: z.boolean() }),
  }),
  z.object({ type: z.literal("fact.unpublished"), payload: z.object({ revisionId: z.string().nullable() }) }),
  z.object({ type: z.literal("fact.deleted"), payload: z.object({ wasPublished: z.boolean() }) }),
  // A takedown: which revisions, and why; never the withdrawn text.
  z.object({
    type: z.literal("fact.redacted"),
    payload: z.object({ revisionIds: z.array(z.string()), reason: z.string(), wasPublished: z.boolean() }),
  }),
  z.object({ type: z.literal("relation.created"), payload: z.object({ slug: z.string() }) }),
  z.object({ type: z.literal("relation.links_imported"), payload: z.object({ title: z.string(), count: z.number() }) }),
  z.object({ type: z.literal("user.created"), payload: z.object({ email: z.string(), role: z.string() }) }),
  z.object({
    type: z.literal("article.imported"),
    payload: z.object({ title: z.string(), created: z.number(), revised: z.number(), unchanged: z.number() }),
  }),
  // Review workflow and history (editor app).
  z.object({ type: z.literal("fact.submitted"), payload: z.object({ revisionId: z.string() }) }),
  z.object({ type: z.literal("fact.rejected"), payload: z.object({ revisionId: z.string(), reason: z.string() }) }),
  z.object({
    type: z.literal("fact.restored"),
    payload: z.object({ revisionId: z.string(), fromRevisionId: z.string(), fromNumber: z.number() }),
  }),
  z.object({ type: z.literal("flag.resolved"), payload: z.object({ flagId: z.string(), rule: z.string() }) }),
  z.object({
    type: z.literal("flag.suggestion_applied"),
    payload: z.object({
      flagId: z.string(),
      rule: z.string(),
      kind: z.string(),
      label: z.string(),
      /** The revision the suggestion wrote (of the kept fact, for a merge); null if it changed nothing. */
      revisionId: z.string().nullable(),
      mergedIntoFactId: z.string().optional(),
    }),
  }),
  z.object({
    type: z.literal("flag.dismissed"),
    payload: z.object({ flagId: z.string(), rule: z.string(), reason: z.string() }),
  }),
  z.object({
    type: z.literal("import.accepted"),
    payload: z.object({ title: z.string(), created: z.number(), adjusted: z.number(), existing: z.number() }),
  }),
  z.object({
    type: z.literal("relation.summary_changed"),
    payload: z.object({ before: z.string(), after: z.string() }),
  }),
  // Editorial change-sets (change-sets/*). Every payload names the change-set.
  z.object({ type: z.literal("change_set.opened"), payload: z.object({ changeSetId: z.string(), title: z.string() }) }),
  z.object({
    type: z.literal("change_set.changed"),
    payload: z.object({
      changeSetId: z.string(),
      action: z.string(),
      revisionId: z.string().nullable(),
      competesWithId: z.string().nullable(),
    }),
  }),
  z.object({
    type: z.literal("change_set.submitted"),
    payload: z.object({ changeSetId: z.string(), items: z.number() }),
  }),
  z.object({
    type: z.literal("change_set.reviewed"),
    payload: z.object({
      changeSetId: z.string(),
      decision: z.string(),
      itemIds: z.array(z.string()).nullable(),
      comment: z.string(),
      selfApproval: z.object({ reason: z.string().nullable(), bySetting: z.boolean() }).optional(),
    }),
  }),
  z.object({ type: z.literal("change_set.scheduled"), payload: z.object({ changeSetId: z.string(), at: z.string() }) }),
  z.object({
    type: z.literal("change_set.published"),
    payload: z.object({
      changeSetId: z.string(),
      title: z.string(),
      at: z.string(),
      facts: z.number(),
      summaries: z.number(),
      scheduledFor: z.string().nullable(),
      late: z.boolean(),
    }),
  }),
  z.object({ type: z.literal("change_set.held"), payload: z.object({ changeSetId: z.string(), reason: z.string() }) }),
  z.object({
    type: z.literal("change_set.reverted"),
    payload: z.object({ changeSetId: z.string(), at: z.string(), facts: z.number(), summaries: z.number() }),
  }),
  // Accounts (admin). The user acted on is in the payload; actor_id is who did it.
  z.object({
    type: z.literal("user.role_changed"),
    payload: z.object({ userId: z.string(), email: z.string(), from: z.string(), to: z.string() }),
  }),
  z.object({ type: z.literal("user.disabled"), payload: z.object({ userId: z.string(), email: z.string() }) }),
  z.object({ type: z.literal("user.enabled"), payload: z.object({ userId: z.string(), email: z.string() }) }),
  z.object({
    type: z.literal("user.sessions_ended"),
    payload: z.object({ userId: z.string(), email: z.string(), tokensRevoked: z.number().optional() }),
  }),
  z.object({ type: z.literal("user.signed_out"), payload: z.object({ userId: z.string(), email: z.string() }) }),
  z.object({ type: z.literal("auth.signed_in"), payload: z.object({ email: z.string(), ip: z.string() }) }),
  z.object({ type: z.literal("auth.sign_in_failed"), payload: z.object({ email: z.string(), ip: z.string() }) }),
  z.object({
    type: z.literal("auth.locked"),
    payload: z.object({
      email: z.string(),
      ip: z.string(),
      scope: z.enum(["account", "address"]),
      minutes: z.number(),
    }),
  }),
  z.object({ type: z.literal("auth.unlocked"), payload: z.object({ userId: z.string(), email: z.string() }) }),
  z.object({
    type: z.literal("user.password_changed"),
    payload: z.object({ userId: z.string(), email: z.string(), byAdmin: z.boolean() }),
  }),
  // Public API (releases and API tokens).
  z.object({
    type: z.literal("release.created"),
    payload: z.object({
      releaseId: z.string(),
      name: z.string(),
      asOf: z.string(),
      factCount: z.number(),
      contentHash: z.string(),
    }),
  }),
  z.object({
    type: z.literal("api_token.created"),
    payload: z.object({ tokenId: z.string(), name: z.string(), prefix: z.string(), scopes: z.array(z.string()) }),
  }),
  z.object({ type: z.literal("api_token.revoked"), payload: z.object({ tokenId: z.string(), name: z.string() }) }),
  z.object({
    type: z.literal("webhook.created"),
    payload: z.object({ subscriptionId: z.string(), tokenId: z.string(), url: z.string() }),
  }),
  z.object({ type: z.literal("webhook.deleted"), payload: z.object({ subscriptionId: z.string() }) }),
  z.object({
    type: z.literal("webhook.replayed"),
    payload: z.object({ subscriptionId: z.string(), cursor: z.string() }),
  }),
]);
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
