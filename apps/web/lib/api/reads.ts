import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  cacheTags,
  diffApiRevisions,
  getApiFact,
  getApiRelation,
  getApiSource,
  listApiChanges,
  listApiCountries,
  listApiFacts,
  listApiRelationChanges,
  listApiRelations,
  listApiSources,
  listLatestApiChanges,
  publishedAfter,
} from "@dyad/db";
import { cached } from "../cache";
import { etagOf, weakEtagOf } from "./respond";
import { tagAnswer } from "./route";

/**
 * The API's reads, through Next's data cache when they are about now: the first page of a list
 * without asOf or cursor, a resource without asOf. Those are the hot, repeated requests; a
 * publish revalidates their tags (as for the site's pages), and each cached answer keeps saying
 * the instant it was computed for, which stays true. Reads of a past instant or of a later page
 * are not cached here (any instant is a new key), but their responses are immutable, so HTTP
 * caches keep them instead.
 */
interface ReadOptions {
  asOf?: string;
  cursor?: string;
  since?: string;
}
const isCurrent = (o: ReadOptions) => !o.asOf && !o.cursor && !o.since;

/**
 * Next's data cache lives in .next/cache and outlives a build and a database switch (its keys
 * are the function and the arguments only): an answer cached for one database or one response
 * shape must not be served for another.
 */
function namespace(): string {
  let build = "";
  try {
    build = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    // `next dev` has no BUILD_ID: the database alone tells caches apart.
  }
  return createHash("sha256")
    .update(`${build}\n${process.env.DATABASE_URL ?? ""}`)
    .digest("hex")
    .slice(0, 16);
}

/** Thrown out of the data cache to keep an answer out of it (a thrown error is not cached). */
class NotCacheable<R> extends Error {
  constructor(readonly result: R) {
    super("not cacheable");
  }
}

/**
 * An answer about now may be cached only if nothing was published after its instant: otherwise
 * the publish's revalidation may already have happened, and the cache would keep the older
 * answer until the next one (see @dyad/db read-instant.ts).
 */
async function cacheable(result: unknown): Promise<boolean> {
  const r = result as { asOf?: string | null; meta?: { asOf?: string | null } };
  const asOf = r.meta ? r.meta.asOf : r.asOf;
  return !asOf || !(await publishedAfter(asOf));
}

/**
 * A read's answer ready to send: serialised once, its ETag computed once. An answer about now
 * is cached in this form, so serving it again costs no serialisation and no hashing. A settled
 * answer's ETag comes from what identifies it (this deployment and database, the endpoint, the
 * query and the instant it answers for), not from its bytes; an answer about now keeps a weak
 * ETag over its content without the moving `meta.asOf` (respond.ts), so it holds until a publish
 * changes the content.
 */
export interface Answer {
  text: string;
  etag: string;
  final: boolean;
}

function answerOf(key: string, options: unknown, body: { meta: { final: boolean; asOf?: string | null } }): Answer {
  const text = JSON.stringify(body);
  if (!body.meta.final) return { text, etag: weakEtagOf(body), final: false };
  const identity = JSON.stringify([namespace(), key, options, body.meta.asOf]);
  return { text, etag: etagOf(identity), final: true };
}

function currentOr<O, R, T = R>(
  read: (options: O) => Promise<R>,
  key: string,
  tags: (options: O) => string[],
  guard = true,
  finish: (options: O, result: R) => T = (_, result) => result as unknown as T,
): (options: O) => Promise<T> {
  let fromCache: ((options: O) => Promise<T>) | undefined;
  return async (options) => {
    tagAnswer(tags(options));
    if (!isCurrent(options as ReadOptions)) return finish(options, await read(options));
    fromCache ??= cached(
      async (o: O) => {
        const result = finish(o, await read(o));
        if (guard && !(await cacheable(result))) throw new NotCacheable(result);
        return result;
      },
      [`api:v1:${key}`, namespace()],
      tags,
    );
    try {
      return await fromCache(options);
    } catch (error) {
      if (error instanceof NotCacheable) return error.result as T;
      throw error;
    }
  };
}

/** currentOr for an endpoint answered by readResponse: the answer prepared (and cached) ready to send. */
const prepared = <O, R extends { meta: { final: boolean; asOf?: string | null } }>(
  read: (options: O) => Promise<R>,
  key: string,
  tags: (options: O) => string[],
  guard = true,
) =>
  currentOr(read, key, tags, guard, (options, result): Answer & { asOf: string | null } => ({
    ...answerOf(key, options, result),
    // Kept beside the answer for the cache guard (cacheable), which reads the instant.
    asOf: result.meta.asOf ?? null,
  }));

// Countries do not change with publishing: their answer is never behind.
export const countries = currentOr(listApiCountries, "countries", () => [], false);
export const relations = prepared(listApiRelations, "relations", (o) => [
  cacheTags.relations,
  ...(o.country ? [cacheTags.country(o.country)] : []),
]);
export const relation = prepared(getApiRelation, "relation", (o) => [cacheTags.relation(o.slug)]);
export const facts = prepared(listApiFacts, "facts", (o) => [cacheTags.relation(o.slug)]);
// Always has `since`, so never cached here (one key per instant a client sends); tagged all the same.
export const relationChanges = prepared(listApiRelationChanges, "relation-changes", (o) => [
  cacheTags.relation(o.slug),
]);
export const fact = prepared(getApiFact, "fact", (o) => [cacheTags.fact(o.factId)]);
export const diff = prepared(diffApiRevisions, "diff", (o) => [cacheTags.fact(o.factId)]);
export const sources = prepared(listApiSources, "sources", (o) => [
  o.relation ? cacheTags.relation(o.relation) : cacheTags.relations,
]);
export const source = prepared(getApiSource, "source", () => [cacheTags.relations]);
export const changes = currentOr(listApiChanges, "changes", () => [cacheTags.feed]);
export const latestChanges = currentOr(listLatestApiChanges, "changes-atom", () => [cacheTags.feed]);
