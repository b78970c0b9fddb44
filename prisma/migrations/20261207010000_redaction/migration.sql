-- Takedown (issue 20.9): a revision whose content was withdrawn from public view for legal reasons.
-- Insert only, like the history it annotates: a takedown cannot be undone by editing a row.
CREATE TABLE "redaction" (
    "revision_id" UUID NOT NULL,
    "fact_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "redaction_pkey" PRIMARY KEY ("revision_id")
);

CREATE INDEX "redaction_fact_id_idx" ON "redaction"("fact_id");

ALTER TABLE "redaction" ADD CONSTRAINT "redaction_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "fact_revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TRIGGER "redaction_immutable" BEFORE UPDATE OR DELETE ON "redaction" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "redaction_no_truncate" BEFORE TRUNCATE ON "redaction" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
