-- Each fact's latest entry in the publication log (a publish or a withdrawal): the instant a read of
-- "now" reports as the fact's `publishedAt`. The read found it by walking the relation's whole
-- publication index (packages/db/src/read-model/public-at.ts publicNow), which grows with every
-- edit ever published in the relation; kept on the fact, it is read with the pointer it dates.
-- Derived from the log, so written by a trigger on it, whoever publishes (the publish, a
-- withdrawal, a change-set, the importer), in the publishing transaction.
ALTER TABLE "fact" ADD COLUMN "published_at" TIMESTAMPTZ(6);

UPDATE "fact" f SET "published_at" = last.at
FROM (SELECT DISTINCT ON (fact_id) fact_id, at FROM publication ORDER BY fact_id, at DESC, id DESC) last
WHERE last.fact_id = f.id;

-- Once per publishing statement, each fact it logged updated by key (a join with the transition
-- table could be planned as a scan of every fact). GREATEST (which skips a NULL): a fact's entries
-- are logged under its row lock, so a later one never has an earlier instant, but an out-of-order
-- write must not move the date back either.
CREATE FUNCTION "publication_dates_fact"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entry record;
BEGIN
  FOR entry IN SELECT fact_id, max(at) AS at FROM logged GROUP BY fact_id LOOP
    UPDATE fact SET published_at = GREATEST(published_at, entry.at) WHERE id = entry.fact_id;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "publication_dates_fact" AFTER INSERT ON "publication"
  REFERENCING NEW TABLE AS logged FOR EACH STATEMENT EXECUTE FUNCTION "publication_dates_fact"();
