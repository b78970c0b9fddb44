-- A source is part of the history that cites it: a revision cites it by id (its content hash
-- covers the ids only), and revision_api_json (20261208100000) and release files hold its title,
-- URL and publisher as they were when first published. An edited source row would change what
-- old revisions say without a new revision and make those copies disagree with a fresh read, so,
-- like the other append-only tables, its rows can never be changed or removed: a corrected source
-- is a new source, cited by a new revision.
CREATE TRIGGER "source_immutable" BEFORE UPDATE OR DELETE ON "source" FOR EACH ROW EXECUTE FUNCTION "dyad_refuse_change"();
CREATE TRIGGER "source_no_truncate" BEFORE TRUNCATE ON "source" FOR EACH STATEMENT EXECUTE FUNCTION "dyad_refuse_change"();
