-- Emails are stored in one normal form (packages/db/src/users/normalize-email.ts: trimmed, NFC,
-- lower case) and compared exactly, so the existing unique index on app_user.email is a unique
-- index on the normalised form. Rows written before were trimmed and lower-cased but not NFC.
-- A collision after normalising fails this migration loudly rather than merging two accounts.
UPDATE app_user SET email = normalize(btrim(email), NFC)
WHERE email <> btrim(email) OR NOT email IS NFC NORMALIZED;

ALTER TABLE app_user ADD CONSTRAINT app_user_email_normalized
  CHECK (email = btrim(email) AND email IS NFC NORMALIZED);
