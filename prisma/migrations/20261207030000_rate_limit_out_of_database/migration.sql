-- API rate limits are counted in process memory, or in Redis when DYAD_REDIS_URL is set
-- (packages/db/src/rate-limit/hit-rate-limit.ts): a public read no longer writes to PostgreSQL
-- (issue 21). The table held only short-lived request counts, no history.
DROP TABLE "rate_limit";
