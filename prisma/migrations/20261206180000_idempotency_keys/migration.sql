-- Writes made with an idempotency key (API Idempotency-Key header, editor forms): the key, what
-- the request was (a fingerprint) and the write's result, recorded in the write's own
-- transaction, so a retry after a lost answer replays the result instead of writing again.
CREATE TABLE idempotency_key (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  result JSONB NOT NULL,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
