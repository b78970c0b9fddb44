-- Autosave for the forms that have no fact to key a working_draft by (packages/db/src/working-copies):
-- a new fact (by relation and change-set), a relation's summary in a change-set, a change-set's
-- title and description before it is opened, the import page's article and adjustments. One copy
-- per editor, form, relation and change-set, overwritten as they type; the form's own save deletes it.
CREATE TABLE "working_copy" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "form" TEXT NOT NULL,
    "relation_id" UUID,
    "change_set_id" UUID,
    "content" JSONB NOT NULL,
    "saved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "working_copy_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "working_copy_form_check" CHECK ("form" IN ('NEW_FACT', 'CHANGE_SET_SUMMARY', 'OPEN_CHANGE_SET', 'IMPORT'))
);

-- NULLS NOT DISTINCT: a form with no relation or change-set has one copy per editor too.
CREATE UNIQUE INDEX "working_copy_user_id_form_relation_id_change_set_id_key"
    ON "working_copy"("user_id", "form", "relation_id", "change_set_id") NULLS NOT DISTINCT;

ALTER TABLE "working_copy" ADD CONSTRAINT "working_copy_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "working_copy" ADD CONSTRAINT "working_copy_relation_id_fkey" FOREIGN KEY ("relation_id") REFERENCES "relation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "working_copy" ADD CONSTRAINT "working_copy_change_set_id_fkey" FOREIGN KEY ("change_set_id") REFERENCES "change_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;
