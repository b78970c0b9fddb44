-- Revalidations of the public site still to deliver (a transactional outbox). Every publication
-- row adds one in its own transaction, so a publish whose revalidation is lost (the site was down,
-- the process died after the commit) is still delivered later: by the next publish, or by the
-- editor's periodic sweep (packages/db/src/public-cache/deliver-revalidations.ts).
CREATE TABLE revalidation_outbox (
  id BIGSERIAL PRIMARY KEY,
  relation_id UUID NOT NULL,
  fact_id UUID,
  created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);

CREATE FUNCTION publication_enqueues_revalidation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO revalidation_outbox (relation_id, fact_id) VALUES (NEW.relation_id, NEW.fact_id);
  RETURN NULL;
END $$;

CREATE TRIGGER publication_enqueues_revalidation AFTER INSERT ON publication
  FOR EACH ROW EXECUTE FUNCTION publication_enqueues_revalidation();
