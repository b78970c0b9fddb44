-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLISHED');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "fact" ADD COLUMN     "review_note" TEXT,
ADD COLUMN     "review_state" "ReviewState" NOT NULL DEFAULT 'DRAFT';

-- CreateTable
CREATE TABLE "login_attempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "release" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "as_of" TIMESTAMPTZ(6) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),
    "created_by_id" UUID,
    "created_by_name" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "fact_count" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "previous_id" UUID,

    CONSTRAINT "release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "release_fact" (
    "release_id" UUID NOT NULL,
    "fact_id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,

    CONSTRAINT "release_fact_pkey" PRIMARY KEY ("release_id","fact_id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE INDEX "login_attempt_email_at_idx" ON "login_attempt"("email", "at");

-- CreateIndex
CREATE INDEX "login_attempt_ip_at_idx" ON "login_attempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "release_name_key" ON "release"("name");

-- CreateIndex
CREATE UNIQUE INDEX "release_previous_id_key" ON "release"("previous_id");

-- CreateIndex
CREATE INDEX "rate_limit_window_start_idx" ON "rate_limit"("window_start");

-- CreateIndex
CREATE INDEX "fact_review_state_updated_at_idx" ON "fact"("review_state", "updated_at");

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "release" ADD CONSTRAINT "release_previous_id_fkey" FOREIGN KEY ("previous_id") REFERENCES "release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "release_fact" ADD CONSTRAINT "release_fact_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written below this line.

-- Facts whose draft is already what the public sees were published before review states existed.
UPDATE "fact" SET "review_state" = 'PUBLISHED' WHERE "published_revision_id" IS NOT NULL AND "published_revision_id" = "current_revision_id";

ALTER TABLE "release_fact" ADD CONSTRAINT "release_fact_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "fact"("id");
ALTER TABLE "release_fact" ADD CONSTRAINT "release_fact_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "fact_revision"("id");
CREATE INDEX "release_fact_revision_id_idx" ON "release_fact" ("revision_id");

-- Releases are immutable once written.
CREATE TRIGGER "release_immutable" BEFORE UPDATE OR DELETE ON "release" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "release_no_truncate" BEFORE TRUNCATE ON "release" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "release_fact_immutable" BEFORE UPDATE OR DELETE ON "release_fact" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "release_fact_no_truncate" BEFORE TRUNCATE ON "release_fact" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();

-- Search: ranked full-text search over fact text, and trigram similarity for small typos.
-- (The embedded server loads pg_trgm at start: pglite-server -e pg_trgm.)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "fact_revision_statement_fts_idx" ON "fact_revision" USING gin (to_tsvector('english', "statement"));
CREATE INDEX "fact_revision_statement_trgm_idx" ON "fact_revision" USING gin ("statement" gin_trgm_ops);
CREATE INDEX "country_name_trgm_idx" ON "country" USING gin ("name" gin_trgm_ops);
CREATE INDEX "relation_slug_trgm_idx" ON "relation" USING gin ("slug" gin_trgm_ops);
