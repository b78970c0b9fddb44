import { z } from "zod";

/**
 * An id as PostgreSQL's uuid type holds it: any 128-bit value in 8-4-4-4-12 hex. Not z.uuid(), which
 * also demands an RFC 9562 version and variant: ids the database made or accepted (e.g. by a bulk
 * load) must be ids the API accepts.
 */
export const ZUuid = z.guid({ error: "give an id (a UUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e)" });
