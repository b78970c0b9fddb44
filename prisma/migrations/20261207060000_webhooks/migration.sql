-- Webhooks (issue 18.4): re-users' subscriptions to the changes feed, and the log of every delivery
-- attempt (append-only, like the audit). Tokens are not backed up, so neither are their subscriptions.
-- CreateTable
CREATE TABLE "webhook_subscription" (
    "id" UUID NOT NULL,
    "token_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "relation" TEXT,
    "country" CHAR(2),
    "kind" TEXT,
    "cursor" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "from_cursor" TEXT NOT NULL,
    "to_cursor" TEXT NOT NULL,
    "event_ids" TEXT[],
    "status" INTEGER,
    "error" TEXT,
    "ok" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_subscription_next_attempt_at_idx" ON "webhook_subscription"("next_attempt_at");

-- CreateIndex
CREATE INDEX "webhook_subscription_token_id_idx" ON "webhook_subscription"("token_id");

-- CreateIndex
CREATE INDEX "webhook_delivery_subscription_id_at_idx" ON "webhook_delivery"("subscription_id", "at");

-- AddForeignKey
ALTER TABLE "webhook_subscription" ADD CONSTRAINT "webhook_subscription_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "api_token"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A delivery, once logged, is history.
CREATE TRIGGER "webhook_delivery_immutable" BEFORE UPDATE OR DELETE ON "webhook_delivery" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "webhook_delivery_no_truncate" BEFORE TRUNCATE ON "webhook_delivery" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
