-- Search without a full scan (issue 21): the words a fact is found by (packages/db/src/public/search-facts.ts)
-- as two IMMUTABLE functions, each with an expression index, so `document @@ query` and
-- `query <% text` are answered from GIN indexes instead of computed for every published fact.
-- Expression indexes rather than stored columns: fact_revision keeps its columns, so backups
-- (SELECT * restore) and the Prisma schema are unchanged. Every function the bodies call is in
-- pg_catalog, which is searched first, so no SET search_path (it would cost a third more per call,
-- and a typo query rechecks every revision). The kind is
-- passed as the enum and turned into text inside: the cast is not IMMUTABLE in an index expression
-- (a label renamed by ALTER TYPE would need these indexes rebuilt).

-- Statement, kind in words, years of valid time, and every string and number of the structured fields.
CREATE FUNCTION "fact_search_document"(statement text, kind "FactKind", valid_from date, valid_to date, data jsonb)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('english', concat_ws(' ', statement, replace(lower(kind::text), '_', ' '),
      concat_ws(' ', to_char(valid_from, 'YYYY'), to_char(valid_to, 'YYYY'))))
    || jsonb_to_tsvector('english', data, '["string", "numeric"]')
$$;

-- The same words as plain text, for trigram word similarity (typos).
CREATE FUNCTION "fact_search_text"(statement text, kind "FactKind", data jsonb)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(' ', statement, replace(lower(kind::text), '_', ' '), (
    SELECT string_agg(v #>> '{}', ' ')
    FROM jsonb_path_query(data, 'strict $.** ? (@.type() == "string" || @.type() == "number")') v))
$$;

CREATE INDEX "fact_revision_search_document_idx" ON "fact_revision"
  USING gin ("fact_search_document"("statement", "kind", "valid_from", "valid_to", "data"));
CREATE INDEX "fact_revision_search_text_idx" ON "fact_revision"
  USING gin ("fact_search_text"("statement", "kind", "data") gin_trgm_ops);
