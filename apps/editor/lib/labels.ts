import type { FactKind, TAuditEvent, TSection } from "@dyad/db";

// Plain-language names for the schema's identifiers. Client-safe: @dyad/db/labels imports types only.

export { KIND_LABELS, SECTION_TITLES as SECTION_LABELS } from "@dyad/db/labels";

/** The section a new fact of each kind usually belongs to. */
export const DEFAULT_SECTION: Record<FactKind, TSection> = {
  RECOGNITION: "background",
  DIPLOMATIC_RELATIONS: "background",
  AGREEMENT: "agreements",
  TRADE_FIGURE: "economy",
  VISIT: "visits",
  MISSION: "missions",
  PARLIAMENTARY_GROUP: "parliament",
  EDUCATION: "education",
  CULTURE: "culture",
  GENERAL: "other",
};

export const STATE_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  REJECTED: "Rejected",
  PUBLISHED: "Published",
};

export const CHANGE_SET_STATE_LABELS: Record<string, string> = {
  OPEN: "Open",
  SUBMITTED: "Submitted",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  SCHEDULED: "Scheduled",
  HELD: "Held",
  PUBLISHED: "Published",
  REVERTED: "Reverted",
};

export const ROLE_LABELS: Record<string, string> = { EDITOR: "Editor", REVIEWER: "Reviewer", ADMIN: "Admin" };

const FIELD_LABELS: Record<string, string> = {
  statement: "Statement",
  section: "Section",
  validTime: "When",
  sources: "Sources",
  kind: "Kind",
  asReported: "As reported",
  agreementType: "Type of agreement",
  signedOn: "Signed on",
  inForceOn: "In force from",
  parties: "Parties",
  reporter: "Reporting country",
  partner: "Partner country",
  reportedBy: "Reported by",
  fromCountry: "From country",
  toCountry: "To country",
  missionType: "Type of mission",
  hostCountry: "Host country",
  accreditedTo: "Also accredited to",
  parliamentOf: "Parliament of",
  studentCount: "Number of students",
  eventType: "Type of event",
  organisations: "Organisations",
  locator: "Where in the source",
  publishedOn: "Published on",
  accessedOn: "Accessed on",
  url: "Address (URL)",
};

/** "agreementType" → "Type of agreement"; unknown keys are split at capitals. */
export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A path like "data.amount.value" as "Amount › Value". */
export function pathLabel(path: (string | number)[] | string): string {
  const parts = typeof path === "string" ? path.split(".") : path;
  return parts
    .filter((p) => p !== "data")
    .map((p) => (typeof p === "number" || /^\d+$/.test(String(p)) ? `#${Number(p) + 1}` : fieldLabel(String(p))))
    .join(" › ");
}

/** An enum value like "HONORARY_CONSULATE" as "Honorary consulate". */
export function enumLabel(value: string): string {
  const words = value.replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Keyed by the audit event type: a new event type does not compile until it has its words here. */
export const EVENT_LABELS: Record<TAuditEvent["type"], string> = {
  "fact.created": "created a fact",
  "fact.published_unsourced": "published a fact citing no source",
  "fact.self_approved": "approved their own draft (four eyes overridden)",
  "fact.redacted": "took a fact's text down",
  "relation.links_imported": "imported a relation's links",
  "fact.revised": "saved a new revision",
  "fact.submitted": "submitted for review",
  "fact.rejected": "rejected",
  "fact.published": "published",
  "fact.unpublished": "unpublished",
  "fact.deleted": "deleted",
  "fact.restored": "restored an old revision",
  "relation.created": "created a relation",
  "relation.summary_changed": "changed a summary",
  "article.imported": "imported an article",
  "import.accepted": "accepted imported facts",
  "flag.resolved": "resolved a warning",
  "flag.suggestion_applied": "applied a suggested correction",
  "flag.dismissed": "dismissed a warning",
  "user.created": "created an account",
  "user.role_changed": "changed a role",
  "user.disabled": "disabled an account",
  "user.enabled": "enabled an account",
  "user.sessions_ended": "ended sessions",
  "user.signed_out": "signed out",
  "auth.signed_in": "signed in",
  "auth.sign_in_failed": "failed to sign in",
  "auth.locked": "locked sign-in",
  "auth.unlocked": "unlocked sign-in",
  "user.password_changed": "changed a password",
  "release.created": "cut a release",
  "api_token.created": "created an API token",
  "api_token.revoked": "revoked an API token",
  "change_set.opened": "opened a change-set",
  "change_set.changed": "changed a change-set",
  "change_set.submitted": "submitted a change-set",
  "change_set.reviewed": "reviewed a change-set",
  "change_set.scheduled": "scheduled a change-set",
  "change_set.published": "published a change-set",
  "change_set.held": "held a scheduled change-set",
  "change_set.reverted": "reverted a change-set",
  "webhook.created": "subscribed a webhook",
  "webhook.deleted": "deleted a webhook",
  "webhook.replayed": "replayed a webhook",
};

/** An event type's words; a type no longer written (older rows) shows as stored. */
export function eventLabel(type: string): string {
  return (EVENT_LABELS as Record<string, string | undefined>)[type] ?? type;
}

/** Plainer help than the schema's API descriptions, where editors need it. */
export const HELP_OVERRIDES: Record<string, string> = {
  value: "The number in the unit below, e.g. 12.5 for “12.5 million”. Leave it empty if the source gives no number.",
  asReported: "The amount exactly as the source wrote it, e.g. “$12.5 million”",
};
