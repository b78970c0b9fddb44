-- The facts list (packages/db/src/api/list-api-facts.ts) sorts a relation's facts by their
-- revision's valid_from and writes each revision's number: with both beside the stored JSON, a
-- list without conditions on the revision reads one row per fact (revision_api_json by key)
-- instead of two (fact_revision, then revision_api_json), about a fifth of the statement's time
-- (BENCHMARKS.md, "Issue 21, eleventh session"). A revision never changes (triggers refuse it), so
-- the copies cannot drift from fact_revision.
ALTER TABLE "revision_api_json" ADD COLUMN "number" INTEGER, ADD COLUMN "valid_from" DATE;

-- The stored rows are immutable; filling the new columns is this migration's one exception.
ALTER TABLE "revision_api_json" DISABLE TRIGGER "revision_api_json_immutable";
UPDATE "revision_api_json" j SET "number" = r."number", "valid_from" = r."valid_from"
FROM "fact_revision" r WHERE r."id" = j."revision_id";
ALTER TABLE "revision_api_json" ENABLE TRIGGER "revision_api_json_immutable";
ALTER TABLE "revision_api_json" ALTER COLUMN "number" SET NOT NULL;

-- The view every writer inserts from gives the two columns too (added at the end: CREATE OR
-- REPLACE VIEW keeps the existing columns in place).
CREATE OR REPLACE VIEW "revision_api_json_source" AS
  SELECT r.id AS revision_id,
    '"kind":' || to_json(r.kind::text)
    || ',"section":' || to_json(r.section)
    || ',"statement":' || to_json(r.statement)
    || ',"data":' || dyad_json_text(r.data)
    || ',"validTime":{"start":' || CASE WHEN r.valid_from IS NULL OR r.valid_from_precision IS NULL THEN 'null'
                                        ELSE dyad_partial_date_json(r.valid_from, r.valid_from_precision) END
    || ',"end":' || CASE WHEN r.valid_to IS NULL OR r.valid_to_precision IS NULL THEN 'null'
                         ELSE dyad_partial_date_json(r.valid_to, r.valid_to_precision) END
    || '},"sources":[' || COALESCE((
      SELECT string_agg('{"id":' || to_json(s.id::text)
        || ',"url":' || COALESCE(to_json(s.url)::text, 'null')
        || ',"title":' || to_json(s.title)
        || ',"publisher":' || COALESCE(to_json(s.publisher)::text, 'null')
        || ',"kind":' || to_json(s.kind::text)
        || ',"publishedOn":' || COALESCE(to_json(to_char(s.published_on, 'YYYY-MM-DD'))::text, 'null')
        || ',"accessedOn":' || COALESCE(to_json(to_char(s.accessed_on, 'YYYY-MM-DD'))::text, 'null')
        || ',"locator":' || COALESCE(to_json(rs.locator)::text, 'null') || '}', ',' ORDER BY rs.position)
      FROM revision_source rs JOIN source s ON s.id = rs.source_id
      WHERE rs.revision_id = r.id), '')
    || '],"contentHash":' || to_json(r.content_hash)
    || ',"createdAt":"' || to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    || '","note":' || to_json(r.note) AS json,
    r.number,
    r.valid_from
  FROM fact_revision r;

-- The trigger that writes a revision's row with its first publication, through the same view.
CREATE OR REPLACE FUNCTION "publication_keeps_revision_api_json"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO revision_api_json (revision_id, json, number, valid_from)
  SELECT v.revision_id, v.json, v.number, v.valid_from
  FROM (SELECT DISTINCT revision_id FROM logged WHERE revision_id IS NOT NULL) n
  -- By key, whatever the planner guesses of the transition table (it has no statistics).
  CROSS JOIN LATERAL (SELECT * FROM revision_api_json_source s WHERE s.revision_id = n.revision_id) v
  ON CONFLICT (revision_id) DO NOTHING;
  RETURN NULL;
END $$;
