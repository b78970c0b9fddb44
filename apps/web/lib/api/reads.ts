import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  cacheTags,
  diffApiRevisions,
  getApiFact,
  getApiRelation,
  getApiSource,
  listApiChangeGroups,
  listApiChanges,
  listApiCountries,
  listApiFactsJson,
  listApiRelationChanges,
  listApiRelations,
  listApiSources,
  listLatestApiChanges,
  publishedAfter,
} from "@dyad/db";
import { env } from "@/env";
import { cached } from "../cache";
import { type Answer, beginRead, cachedAnswer, keepAnswer } from "./answer-cache";
import { linkHeader } from "./page-links";
import { etagOf, weakEtagOf } from "./respond";
import { tagAnswer } from "./route";

/**
 * The API's reads, cached in this process when they are about now: the first page of a list
 * without asOf or cursor, a resource without asOf. Those are the hot, repeated requests; a
 * publish revalidates their tags (as for the site's pages), and each cached answer keeps saying
 * the instant it was computed for, which stays true. Answers sent as prepared bytes live in
 * answer-cache.ts, the few others (countries, the changes feeds) in Next's data cache. Reads of a
 * past instant or of a later page are not cached here (any instant is a new key), but their
 * responses are immutable, so HTTP caches keep them instead.
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
 * shape must not be served for another. Settled answers' ETags say the same. Computed once.
 */
let namespaceOnce: string | undefined;
const namespace = () => {
  namespaceOnce ??= buildAndDatabase();
  return namespaceOnce;
};

function buildAndDatabase(): string {
  let build = "";
  try {
    build = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    // `next dev` has no BUILD_ID: the database alone tells caches apart.
  }
  return createHash("sha256")
    .update(`${build}\n${env().DATABASE_URL ?? ""}`)
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

interface Body {
  meta: { final: boolean; asOf?: string | null; release?: unknown };
  links?: Parameters<typeof linkHeader>[0];
  /** `data` already written as JSON text (listApiFactsJson): the body's first member. */
  dataJson?: string;
  /**
   * The last publication at or before the answer's instant of everything it reads
   * (listApiFactsJson); not sent. Given, an answer about now is identified without its bytes.
   */
  changedAt?: string | null;
}

/** The body as JSON.stringify writes it, with `data` taken as written when it comes as text. */
function textOf(body: Body): string {
  if (body.dataJson === undefined) return JSON.stringify(body);
  return `{"data":${body.dataJson},"meta":${JSON.stringify(body.meta)},"links":${JSON.stringify(body.links)}}`;
}

function answerOf(key: string, options: unknown, body: Body): Answer {
  const text = textOf(body);
  const bytes = Buffer.from(text);
  // A page's Link header (next, first), kept beside the bytes so it is not read out of them.
  const link = linkHeader(body.links);
  const identity = (...version: unknown[]) => JSON.stringify([namespace(), key, options, ...version]);
  if (body.meta.final) return { body: bytes, etag: etagOf(identity(body.meta.asOf)), final: true, link };
  // About now: the same query, last publication and release give the same content whatever
  // instant it was read at (a weak ETag: semantically equivalent answers).
  const etag =
    body.changedAt === undefined
      ? weakEtagOf(text, body.meta.asOf)
      : `W/${etagOf(identity(body.changedAt, body.meta.release))}`;
  return { body: bytes, etag, final: false, link };
}

function currentOr<O, R>(
  read: (options: O) => Promise<R>,
  key: string,
  tags: (options: O) => string[],
  guard = true,
): (options: O) => Promise<R> {
  let fromCache: ((options: O) => Promise<R>) | undefined;
  return async (options) => {
    tagAnswer(tags(options));
    if (!isCurrent(options as ReadOptions)) return read(options);
    fromCache ??= cached(
      async (o: O) => {
        const result = await read(o);
        if (guard && !(await cacheable(result))) throw new NotCacheable(result);
        return result;
      },
      [`api:v1:${key}`, namespace()],
      tags,
    );
    try {
      return await fromCache(options);
    } catch (error) {
      if (error instanceof NotCacheable) return error.result as R;
      throw error;
    }
  };
}

/**
 * A read answered by readResponse: its answer serialised once and its ETag computed once, when
 * it is read. An answer about now is kept in that form in this process (answer-cache.ts), so
 * serving it again costs no serialisation, no hashing and no parsing. A settled answer's ETag
 * comes from what identifies it (this deployment and database, the endpoint, the query and the
 * instant it answers for), not from its bytes; an answer about now has a weak ETag from the
 * query, the last publication it shows and its release (the relation's facts), or else over its
 * content without the moving `meta.asOf` (respond.ts), so it holds until a publish changes it.
 */
const prepared =
  <O, R extends { meta: { final: boolean; asOf?: string | null } }>(
    read: (options: O) => Promise<R>,
    key: string,
    tags: (options: O) => string[],
  ) =>
  async (options: O): Promise<Answer> => {
    const answerTags = tags(options);
    tagAnswer(answerTags);
    if (!isCurrent(options as ReadOptions)) return answerOf(key, options, await read(options));
    const cacheKey = JSON.stringify([key, options]);
    const kept = await cachedAnswer(cacheKey);
    if (kept) return kept;
    const ticket = beginRead();
    const answer = answerOf(key, options, await read(options));
    keepAnswer(cacheKey, answer, answerTags, ticket);
    return answer;
  };

// Countries do not change with publishing: their answer is never behind.
export const countries = currentOr(listApiCountries, "countries", () => [], false);
export const relations = prepared(listApiRelations, "relations", (o) => [
  cacheTags.relations,
  ...(o.country ? [cacheTags.country(o.country)] : []),
]);
export const relation = prepared(getApiRelation, "relation", (o) => [cacheTags.relation(o.slug)]);
export const facts = prepared(listApiFactsJson, "facts", (o) => [cacheTags.relation(o.slug)]);
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
export const changeGroups = currentOr(listApiChangeGroups, "change-groups", () => [cacheTags.feed]);
export const latestChanges = currentOr(listLatestApiChanges, "changes-atom", () => [cacheTags.feed]);
