-- Editorial change-sets (packages/db/src/change-sets): edits to many facts and summaries, reviewed
-- and published as one. Review decisions and comments are history: insert only, like the audit log.
-- CreateEnum
CREATE TYPE "ChangeSetState" AS ENUM ('OPEN', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'HELD', 'PUBLISHED', 'REVERTED');

-- CreateTable
CREATE TABLE "change_set" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "state" "ChangeSetState" NOT NULL DEFAULT 'OPEN',
    "author_id" UUID,
    "author_name" TEXT NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(6),
    "state_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_set_item" (
    "id" UUID NOT NULL,
    "change_set_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fact_id" UUID,
    "relation_id" UUID NOT NULL,
    "base_revision_id" UUID,
    "revision_id" UUID,
    "replaced_revision_id" UUID,
    "summary_before" TEXT,
    "summary_after" TEXT,
    "note" TEXT NOT NULL,
    "competes_with_id" UUID,
    "review_state" TEXT NOT NULL DEFAULT 'PENDING',
    "edited_by_id" UUID,
    "edited_by_name" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_set_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_set_review" (
    "id" BIGSERIAL NOT NULL,
    "change_set_id" UUID NOT NULL,
    "item_id" UUID,
    "decision" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "change_set_review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "change_set_state_scheduled_at_idx" ON "change_set"("state", "scheduled_at");

-- CreateIndex
CREATE INDEX "change_set_item_fact_id_idx" ON "change_set_item"("fact_id");

-- CreateIndex
CREATE UNIQUE INDEX "change_set_item_change_set_id_fact_id_key" ON "change_set_item"("change_set_id", "fact_id");

-- CreateIndex
CREATE INDEX "change_set_review_change_set_id_at_idx" ON "change_set_review"("change_set_id", "at");

-- AddForeignKey
ALTER TABLE "change_set_item" ADD CONSTRAINT "change_set_item_change_set_id_fkey" FOREIGN KEY ("change_set_id") REFERENCES "change_set"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_set_review" ADD CONSTRAINT "change_set_review_change_set_id_fkey" FOREIGN KEY ("change_set_id") REFERENCES "change_set"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


CREATE TRIGGER "change_set_review_immutable" BEFORE UPDATE OR DELETE ON "change_set_review" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "change_set_review_no_truncate" BEFORE TRUNCATE ON "change_set_review" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
