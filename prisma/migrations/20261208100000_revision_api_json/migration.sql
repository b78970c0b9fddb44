-- Each published revision's API fact, written once as JSON text (issue 21): the uncached read of a
-- relation's facts (packages/db/src/api/list-api-facts.ts) concatenates these instead of building
-- an object per fact in PostgreSQL, parsing it in the web process and serialising it again.
-- A revision and its citations never change (triggers refuse it) and sources are never edited, so
-- the text is written when the revision is first published and never again; the parts of an API
-- fact that are not the revision's (its relation and when it was published) stay computed by the
-- read. The text is what JSON.stringify writes for the same fields (tests/db/revision-api-json):
-- the parts from "kind" to "note" of an API fact, without braces.

-- A jsonb value as JSON.stringify writes it after JSON.parse: no spaces, keys in jsonb's order
-- except integer-like ones (first, ascending, as JavaScript orders them), numbers without
-- trailing zeros and in exponent form outside [1e-6, 1e21).
CREATE FUNCTION "dyad_json_text"(j jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  n numeric;
BEGIN
  CASE jsonb_typeof(j)
    WHEN 'object' THEN
      RETURN '{' || COALESCE((
        SELECT string_agg(to_json(e.key)::text || ':' || dyad_json_text(e.value), ','
                          ORDER BY CASE WHEN e.key ~ '^(0|[1-9][0-9]{0,8})$' THEN e.key::int END NULLS LAST, e.i)
        FROM jsonb_each(j) WITH ORDINALITY AS e(key, value, i)), '') || '}';
    WHEN 'array' THEN
      RETURN '[' || COALESCE((
        SELECT string_agg(dyad_json_text(e.value), ',' ORDER BY e.i)
        FROM jsonb_array_elements(j) WITH ORDINALITY AS e(value, i)), '') || ']';
    WHEN 'number' THEN
      n := j::text::numeric;
      IF n <> 0 AND (abs(n) >= 1e21 OR abs(n) < 1e-6) THEN
        RETURN regexp_replace(n::float8::text, 'e([+-])0*', 'e\1');
      END IF;
      RETURN trim_scale(n)::text;
    ELSE
      RETURN j::text;
  END CASE;
END $$;

-- A partial date as the API writes it (schemas/partial-date.ts partialDateOf), or null.
CREATE FUNCTION "dyad_partial_date_json"(day date, day_precision "DatePrecision") RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(to_json(CASE day_precision::text WHEN 'YEAR' THEN left(to_char(day, 'YYYY-MM-DD'), 4)
                                              WHEN 'MONTH' THEN left(to_char(day, 'YYYY-MM-DD'), 7)
                                              ELSE to_char(day, 'YYYY-MM-DD') END)::text, 'null')
$$;

-- A revision's fields from "kind" to "note" (read-model/fact-record.ts toApiFact), sources in order.
CREATE FUNCTION "dyad_revision_api_json"(revision uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT '"kind":' || to_json(r.kind::text)
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
    || '","note":' || to_json(r.note)
  FROM fact_revision r WHERE r.id = revision
$$;

CREATE TABLE "revision_api_json" (
  "revision_id" UUID NOT NULL PRIMARY KEY REFERENCES "fact_revision"("id"),
  "json" TEXT NOT NULL
);

-- Written with the revision's first publication, in its transaction (the revision's citations
-- are written before it is published: writeRevision, the importer, the synthetic generator).
-- One statement per publishing statement, however many rows it logs.
CREATE FUNCTION "publication_keeps_revision_api_json"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO revision_api_json (revision_id, json)
  SELECT n.revision_id, dyad_revision_api_json(n.revision_id)
  FROM (SELECT DISTINCT revision_id FROM logged WHERE revision_id IS NOT NULL) n
  ON CONFLICT (revision_id) DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "publication_keeps_revision_api_json" AFTER INSERT ON "publication"
  REFERENCING NEW TABLE AS logged FOR EACH STATEMENT EXECUTE FUNCTION "publication_keeps_revision_api_json"();

CREATE TRIGGER "revision_api_json_immutable" BEFORE UPDATE OR DELETE ON "revision_api_json"
  FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "revision_api_json_no_truncate" BEFORE TRUNCATE ON "revision_api_json"
  FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();

-- Every revision already published.
INSERT INTO revision_api_json (revision_id, json)
SELECT p.revision_id, dyad_revision_api_json(p.revision_id)
FROM (SELECT DISTINCT revision_id FROM publication WHERE revision_id IS NOT NULL) p;
