-- A change-set's publications (and its revert's) name it, so the feeds show one publish of a
-- change-set as one entry (packages/db/src/changes, listPublicChanges). No foreign key: backups
-- restore publications before change-sets (packages/db/src/backup/tables.ts), like
-- change_set_item's fact and revision ids. Existing rows stay NULL: published fact by fact.
ALTER TABLE "publication" ADD COLUMN "change_set_id" UUID;
