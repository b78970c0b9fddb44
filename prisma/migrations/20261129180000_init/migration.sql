-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "FactKind" AS ENUM ('RECOGNITION', 'DIPLOMATIC_RELATIONS', 'AGREEMENT', 'TRADE_FIGURE', 'VISIT', 'MISSION', 'PARLIAMENTARY_GROUP', 'EDUCATION', 'CULTURE', 'GENERAL');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('ARTICLE', 'WEBSITE', 'GOVERNMENT', 'NEWS', 'BOOK', 'DATASET', 'OTHER');

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "password_hash" TEXT,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "country" (
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "official_name" TEXT NOT NULL,
    "variants" TEXT[],
    "demonyms" TEXT[],
    "capitals" TEXT[],
    "region" TEXT NOT NULL,

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "relation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "country_a" CHAR(2) NOT NULL,
    "country_b" CHAR(2) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fact" (
    "id" UUID NOT NULL,
    "relation_id" UUID NOT NULL,
    "kind" "FactKind" NOT NULL,
    "current_revision_id" UUID,
    "published_revision_id" UUID,
    "import_key" TEXT,
    "imported_revision_id" UUID,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fact_revision" (
    "id" UUID NOT NULL,
    "fact_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "parent_id" UUID,
    "kind" "FactKind" NOT NULL,
    "section" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "statement" TEXT NOT NULL,
    "valid_from" DATE,
    "valid_from_precision" "DatePrecision",
    "valid_to" DATE,
    "valid_to_precision" "DatePrecision",
    "author_id" UUID,
    "author_name" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fact_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" UUID NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "published_on" DATE,
    "accessed_on" DATE,
    "kind" "SourceKind" NOT NULL DEFAULT 'WEBSITE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision_source" (
    "revision_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "locator" TEXT,

    CONSTRAINT "revision_source_pkey" PRIMARY KEY ("revision_id","source_id")
);

-- CreateTable
CREATE TABLE "publication" (
    "id" BIGSERIAL NOT NULL,
    "fact_id" UUID NOT NULL,
    "relation_id" UUID NOT NULL,
    "revision_id" UUID,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,

    CONSTRAINT "publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "fact_id" UUID,
    "relation_id" UUID,
    "payload" JSONB NOT NULL,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fact_flag" (
    "id" UUID NOT NULL,
    "fact_id" UUID NOT NULL,
    "revision_id" UUID,
    "rule" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "span_start" INTEGER,
    "span_end" INTEGER,
    "payload" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" UUID,

    CONSTRAINT "fact_flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "country_alpha3_key" ON "country"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "country_slug_key" ON "country"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "relation_slug_key" ON "relation"("slug");

-- CreateIndex
CREATE INDEX "relation_country_a_idx" ON "relation"("country_a");

-- CreateIndex
CREATE INDEX "relation_country_b_idx" ON "relation"("country_b");

-- CreateIndex
CREATE UNIQUE INDEX "fact_current_revision_id_key" ON "fact"("current_revision_id");

-- CreateIndex
CREATE INDEX "fact_relation_id_published_revision_id_idx" ON "fact"("relation_id", "published_revision_id");

-- CreateIndex
CREATE UNIQUE INDEX "fact_relation_id_import_key_key" ON "fact"("relation_id", "import_key");

-- CreateIndex
CREATE INDEX "fact_revision_author_id_created_at_idx" ON "fact_revision"("author_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "fact_revision_fact_id_number_key" ON "fact_revision"("fact_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "source_url_key" ON "source"("url");

-- CreateIndex
CREATE INDEX "revision_source_source_id_revision_id_idx" ON "revision_source"("source_id", "revision_id");

-- CreateIndex
CREATE INDEX "publication_fact_id_at_idx" ON "publication"("fact_id", "at" DESC);

-- CreateIndex
CREATE INDEX "publication_at_idx" ON "publication"("at");

-- CreateIndex
CREATE INDEX "audit_event_fact_id_at_idx" ON "audit_event"("fact_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_type_at_idx" ON "audit_event"("type", "at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "fact_flag_fact_id_idx" ON "fact_flag"("fact_id");

-- CreateIndex
CREATE INDEX "fact_flag_resolved_at_created_at_idx" ON "fact_flag"("resolved_at", "created_at");

-- AddForeignKey
ALTER TABLE "relation" ADD CONSTRAINT "relation_country_a_fkey" FOREIGN KEY ("country_a") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relation" ADD CONSTRAINT "relation_country_b_fkey" FOREIGN KEY ("country_b") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact" ADD CONSTRAINT "fact_relation_id_fkey" FOREIGN KEY ("relation_id") REFERENCES "relation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact" ADD CONSTRAINT "fact_current_revision_id_fkey" FOREIGN KEY ("current_revision_id") REFERENCES "fact_revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact" ADD CONSTRAINT "fact_published_revision_id_fkey" FOREIGN KEY ("published_revision_id") REFERENCES "fact_revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_revision" ADD CONSTRAINT "fact_revision_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "fact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_revision" ADD CONSTRAINT "fact_revision_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "fact_revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_revision" ADD CONSTRAINT "fact_revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision_source" ADD CONSTRAINT "revision_source_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "fact_revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision_source" ADD CONSTRAINT "revision_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication" ADD CONSTRAINT "publication_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "fact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication" ADD CONSTRAINT "publication_relation_id_fkey" FOREIGN KEY ("relation_id") REFERENCES "relation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication" ADD CONSTRAINT "publication_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "fact_revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication" ADD CONSTRAINT "publication_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_flag" ADD CONSTRAINT "fact_flag_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "fact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written below this line: what Prisma's schema language cannot express.

-- A relation is an unordered pair: refuse (B, A) when (A, B) exists, and a country paired with itself.
ALTER TABLE "relation" ADD CONSTRAINT "relation_distinct_countries" CHECK ("country_a" <> "country_b");
CREATE UNIQUE INDEX "relation_pair_key" ON "relation" (LEAST("country_a", "country_b"), GREATEST("country_a", "country_b"));

-- "What did the public see for relation R at T": per fact, the latest publication with at <= T.
-- revision_id is INCLUDEd so the answer is an index-only scan.
CREATE INDEX "publication_relation_asof_idx" ON "publication" ("relation_id", "fact_id", "at" DESC, "id" DESC) INCLUDE ("revision_id");

-- "Which facts held during a period": overlap of inclusive valid-time ranges (NULL = open end).
ALTER TABLE "fact_revision" ADD CONSTRAINT "fact_revision_valid_order" CHECK ("valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to");
ALTER TABLE "fact_revision" ADD CONSTRAINT "fact_revision_number_positive" CHECK ("number" >= 1);
CREATE INDEX "fact_revision_valid_idx" ON "fact_revision" USING gist (daterange("valid_from", "valid_to", '[]'));

-- History is insert-only: revisions, their citations, the publication log and the audit log can
-- never be changed or removed, whatever the application does.
CREATE FUNCTION "dyad_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of % are immutable (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER "fact_revision_immutable" BEFORE UPDATE OR DELETE ON "fact_revision" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "fact_revision_no_truncate" BEFORE TRUNCATE ON "fact_revision" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "revision_source_immutable" BEFORE UPDATE OR DELETE ON "revision_source" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "revision_source_no_truncate" BEFORE TRUNCATE ON "revision_source" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "publication_immutable" BEFORE UPDATE OR DELETE ON "publication" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "publication_no_truncate" BEFORE TRUNCATE ON "publication" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "audit_event_immutable" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
