/**
 * What a backup holds, in restore order, each with the key it is read in (keyset pagination,
 * constant memory) and the columns that are never exported. Secrets stay out: password hashes
 * are dropped (restored accounts must set a new password) and API tokens are not exported at all.
 * Sign-in attempts and rate-limit counters are transient and not kept either.
 */
export const BACKUP_TABLES = [
  { table: "app_user", key: "id", omit: ["password_hash"] },
  { table: "country", key: "code", omit: [] },
  { table: "relation", key: "id", omit: [] },
  { table: "source", key: "id", omit: [] },
  // published_at is derived from the publication log; the restore writes it again.
  { table: "fact", key: "id", omit: ["published_at"] },
  { table: "fact_revision", key: "id", omit: [] },
  { table: "revision_source", key: "revision_id, source_id", omit: [] },
  { table: "publication", key: "id", omit: [] },
  // Takedowns must survive a restore, or the text would come back.
  { table: "redaction", key: "revision_id", omit: [] },
  { table: "audit_event", key: "id", omit: [] },
  { table: "fact_flag", key: "id", omit: [] },
  { table: "release", key: "id", omit: [] },
  { table: "release_fact", key: "release_id, fact_id", omit: [] },
  { table: "change_set", key: "id", omit: [] },
  { table: "change_set_item", key: "id", omit: [] },
  { table: "change_set_review", key: "id", omit: [] },
] as const;

export const BACKUP_FORMAT = "dyad-backup/1";
