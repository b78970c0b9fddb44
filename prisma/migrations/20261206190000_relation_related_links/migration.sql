-- Navigation an imported article carries ("See also", "External links", category lines): links of
-- the relation, not facts. JSON array of { title, kind, url? } (schemas/related-link.ts).
ALTER TABLE "relation" ADD COLUMN "related_links" JSONB NOT NULL DEFAULT '[]';
