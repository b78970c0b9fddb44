// The database side of instants (the parser is @dyad/core/instant): publication.at is a
// microsecond timestamptz, rendered in SQL in the one fixed shape the parser writes.
import { Prisma } from "../generated/prisma/client";

/** SQL that renders a timestamptz as an instant string (see @dyad/core/instant). */
export const INSTANT_FORMAT = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;

/** A timestamptz column or expression as an instant string, in SQL. */
export const asInstant = (column: string) => Prisma.raw(`to_char((${column}) AT TIME ZONE 'UTC', '${INSTANT_FORMAT}')`);
