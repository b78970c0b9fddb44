-- A transaction that writes a publication says so, so that the API's "now" (api/read-instant.ts)
-- and a release's frozen instant wait only for publishing transactions, never for unrelated ones
-- (pg_dump, a backup export, an idle open transaction).
-- The first publication row of a transaction names it 'dyad-publishing' (application_name, local
-- to the transaction and shown in pg_stat_activity at once), then takes its instant again: the
-- default clock_timestamp() was taken before the name was visible, and a reader that has not seen
-- the name must only ever find this transaction's publications after the instant it read at.
-- A row given an explicit earlier instant (a backup being restored) keeps it.
CREATE FUNCTION publication_marks_its_transaction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('application_name') IS DISTINCT FROM 'dyad-publishing' THEN
    PERFORM set_config('application_name', 'dyad-publishing', true);
    IF NEW.at >= transaction_timestamp() THEN
      NEW.at := clock_timestamp();
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER publication_marks_its_transaction BEFORE INSERT ON publication
  FOR EACH ROW EXECUTE FUNCTION publication_marks_its_transaction();
