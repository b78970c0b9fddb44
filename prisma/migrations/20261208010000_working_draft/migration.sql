-- Autosave (packages/db/src/working-drafts): what an editor has typed into a fact's form, kept on
-- the server as they type, so a crash or a lost tab costs seconds, not the edit. One working copy
-- per editor, fact and change-set (none: the fact's own draft); an explicit save turns it into a
-- revision with a note and deletes it. Overwritten in place: it is not history, the revisions are.
CREATE TABLE "working_draft" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "fact_id" UUID NOT NULL,
    "change_set_id" UUID,
    "base_revision_id" UUID,
    "content" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "saved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "working_draft_pkey" PRIMARY KEY ("id")
);

-- NULLS NOT DISTINCT: the fact's own draft (no change-set) has one working copy per editor too.
CREATE UNIQUE INDEX "working_draft_user_id_fact_id_change_set_id_key"
    ON "working_draft"("user_id", "fact_id", "change_set_id") NULLS NOT DISTINCT;
CREATE INDEX "working_draft_fact_id_idx" ON "working_draft"("fact_id");

ALTER TABLE "working_draft" ADD CONSTRAINT "working_draft_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "working_draft" ADD CONSTRAINT "working_draft_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "working_draft" ADD CONSTRAINT "working_draft_change_set_id_fkey" FOREIGN KEY ("change_set_id") REFERENCES "change_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;
