import { randomBytes } from "node:crypto";
import http from "node:http";
import type { TApiScope } from "@dyad/api-contract";
import { createApiToken, createFact, createRelease, getDb, publishFact, reviseFact, SECTIONS } from "@dyad/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { syntheticIp } from "../setup/api-client";
import { closeSql, sql } from "../setup/db-state";
import { articleForFreshPair, testAdmin } from "../setup/editor-factories";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";
import {
  hostileHeaders,
  invalidText,
  MALFORMED_PERCENT,
  notAString,
  pathSegment,
  queryString,
  weirdJson,
  weirdString,
} from "../setup/hostile";
import { callAction, type EditorSession, forgedSession, pageFor, randomIp, signIn } from "../setup/server-actions";

/**
 * Hostile input: at least RUNS malformed or oversized inputs to every API endpoint (path and
 * query parameters, JSON bodies, If-Match / If-None-Match and other headers, content types) and
 * to every editor server action (arguments of every type, FormData fields, session cookies),
 * generated with fast-check from a fixed seed per target. No answer may be a 5xx (for actions:
 * an HTTP error or an INTERNAL result); every API refusal must be an application/problem+json
 * 4xx with a detail; and the database must be unchanged afterwards (a checksum of every table).
 *
 * Inputs to writing endpoints are invalid by construction (a valid request with at least one
 * field or header made definitely wrong), so any accepted write is a bug the checksum catches.
 * Requests run in concurrent batches; each comes from its own client address and writes rotate
 * over many tokens, so the rate limiter (300 per minute per address or token) never answers
 * instead of the validation (a 429 would fail the test).
 */
const RUNS = Number(process.env.DYAD_FUZZ_RUNS ?? 1000);
const WIDTH = 12;

// ---------------------------------------------------------------------------------------------
// Fixtures (created before the "before" checksum).

let fx: {
  slug: string;
  relationId: string;
  published: string;
  draft: string;
  draftCurrent: string;
  draftStale: string;
  release: string;
  sourceId: string;
  targetUserId: string;
  article: string;
};
let factsTokens: string[] = [];
let releaseTokens: string[] = [];
let editorSession: EditorSession;
let adminSession: EditorSession;
let ownedIds: string[] = [];
const figures: Record<string, number> = {};

async function pool<T>(items: T[], width: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i] as T, i);
      }
    }),
  );
}

let rotation = 0;
const nextToken = (list: string[]) => list[rotation++ % list.length] as string;

// ---------------------------------------------------------------------------------------------
// Content that is definitely invalid: a valid fact with one to three fields made wrong.

const KINDS = ["GENERAL", "VISIT", "AGREEMENT"];
const badDate = fc.constantFrom("2024-13", "yesterday", "99999", "2024-1-1", "20240101", "2024-00-10", "1e3");
const contentCorruption: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(
    fc.constant("kind"),
    fc.oneof(
      notAString,
      weirdString.filter((s) => !KINDS.includes(s) && s !== "GENERAL"),
    ),
  ),
  fc.tuple(
    fc.constant("section"),
    fc.oneof(
      notAString,
      weirdString.filter((s) => !(SECTIONS as readonly string[]).includes(s)),
    ),
  ),
  fc.tuple(fc.constant("statement"), fc.oneof(notAString, invalidText, fc.constantFrom("", "   "))),
  fc.tuple(
    fc.constant("validTime"),
    fc.oneof(
      notAString,
      badDate.map((start) => ({ start })),
      badDate.map((end) => ({ start: "2020", end })),
      fc.constant({ start: "2020", end: "2019" }),
    ),
  ),
  fc.tuple(
    fc.constant("sources"),
    fc.oneof(
      fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.dictionary(fc.string(), fc.string())),
      fc.constant([{}]),
      fc.constant(Array.from({ length: 51 }, () => ({ source: { url: "https://example.org/x", title: "t" } }))),
      weirdString.map((url) => [{ source: { url: `javascript:${url}`, title: "t" } }]),
      fc.uuid().map((id) => [{ sourceId: id, source: { url: "https://example.org/y", title: "t" } }]),
    ),
  ),
  fc.tuple(fc.constant("data"), fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.array(fc.integer()))),
  fc.tuple(fc.constant("unexpectedField"), weirdJson),
);
const corruptContent = fc
  .tuple(fc.array(contentCorruption, { minLength: 1, maxLength: 3 }), fc.constantFrom(...KINDS))
  .map(([corruptions, kind]) => {
    const content: Record<string, unknown> = { ...generalFact(`Hostile ${kind}.`), kind: "GENERAL" };
    for (const [key, value] of corruptions) content[key] = value;
    return content;
  });
const noteOrBad = fc.oneof(fc.constant("A reason"), notAString, invalidText, fc.constant(""));

/**
 * What a fact's form holds mid-edit (autosave), with one to three fields made definitely wrong: a
 * working copy takes any typed text (an empty statement, a half-typed year), so only its shape,
 * its enums and its bounds can be broken.
 */
const notAUuid = fc.oneof(
  notAString,
  weirdString.filter((s) => !/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(s)),
);
const workingCorruption: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(
    fc.constant("kind"),
    fc.oneof(
      notAString,
      weirdString.filter((s) => !/^[A-Z_]+$/.test(s)),
    ),
  ),
  fc.tuple(
    fc.constant("section"),
    fc.oneof(
      notAString,
      weirdString.filter((s) => !(SECTIONS as readonly string[]).includes(s)),
    ),
  ),
  fc.tuple(fc.constant("statement"), fc.oneof(notAString, invalidText)),
  fc.tuple(
    fc.constant("validTime"),
    fc.oneof(
      notAString,
      invalidText.map((start) => ({ start })),
      fc.constant({ start: null, end: null, extra: 1 }),
    ),
  ),
  fc.tuple(fc.constant("data"), fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.array(fc.integer()))),
  fc.tuple(
    fc.constant("sources"),
    fc.oneof(
      fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.dictionary(fc.string(), fc.string())),
      fc.constant(Array.from({ length: 51 }, () => ({}))),
      notAUuid.map((sourceId) => [{ sourceId }]),
      invalidText.map((title) => [{ source: { title } }]),
    ),
  ),
  fc.tuple(fc.constant("unexpectedField"), weirdJson),
);
const corruptWorkingContent = fc.array(workingCorruption, { minLength: 1, maxLength: 3 }).map((corruptions) => {
  const content: Record<string, unknown> = {
    kind: "GENERAL",
    section: "other",
    statement: "Typing, hostile.",
    validTime: { start: null },
    data: {},
    sources: [],
  };
  for (const [key, value] of corruptions) content[key] = value;
  return content;
});

// ---------------------------------------------------------------------------------------------
// The API's endpoints: a request generator each.

interface ApiInput {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Which token list to use (null: anonymous or a junk Authorization header from `headers`). */
  token?: "facts" | "releases" | null;
}

const body = (value: unknown) => JSON.stringify(value);
/** Bodies that are not JSON at all, or not UTF-8, or too large. */
const rawBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constantFrom("{", "[1,", '{"a":}', "nul", "\u0000", "", "{}garbage", "\uFEFF{}", '"\\ud800"'),
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((b) => new Uint8Array([0xff, 0xfe, ...b])),
  fc.integer({ min: 256 * 1024 + 1, max: 400 * 1024 }).map((n) => `{"note":"${"z".repeat(n)}"}`),
  fc.integer({ min: 1, max: 2000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
);
const jsonHeaders = hostileHeaders.map((h) => ({ ...h, "content-type": h["content-type"] ?? "application/json" }));
const readHeaders = fc.tuple(hostileHeaders, fc.option(weirdString)).map(([h, auth]) => {
  const out: Record<string, string> = { ...h };
  delete out["content-type"];
  if (auth !== null) out.authorization = `Bearer ${auth}`.replace(/[^\x20-\x7e]/g, "?").slice(0, 1500);
  return out;
});
const method = (primary: string) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constant(primary) },
    { weight: 1, arbitrary: fc.constantFrom("PUT", "DELETE", "OPTIONS", "HEAD", "POST") },
  );

function readEndpoint(name: string, template: (seg: string[]) => string, segments: (() => string[])[], keys: string[]) {
  return {
    name: `GET ${name}`,
    arbitrary: () =>
      fc
        .tuple(
          fc.tuple(...segments.map((real) => pathSegment(real()))),
          queryString(keys, {
            asOf: ["2026-01-01", new Date().toISOString()],
            limit: ["1", "1000"],
            kind: ["GENERAL"],
            from: ["1"],
            to: ["2"],
          }),
          readHeaders,
          method("GET"),
        )
        .map(([segs, query, headers, m]): ApiInput => ({ method: m, path: `${template(segs)}${query}`, headers })),
  };
}

const API: { name: string; write?: boolean; arbitrary: () => fc.Arbitrary<ApiInput> }[] = [
  readEndpoint("/api/v1", () => "/api/v1", [], []),
  readEndpoint("/api/v1/openapi.json", () => "/api/v1/openapi.json", [], []),
  readEndpoint("/api/v1/countries", () => "/api/v1/countries", [], ["asOf"]),
  readEndpoint("/api/v1/relations", () => "/api/v1/relations", [], ["asOf", "country", "cursor", "limit"]),
  readEndpoint(
    "/api/v1/relations/{slug}",
    ([s]) => `/api/v1/relations/${s}`,
    [() => [fx.slug, "azerbaijan-canada"]],
    ["asOf"],
  ),
  readEndpoint(
    "/api/v1/relations/{slug}/facts",
    ([s]) => `/api/v1/relations/${s}/facts`,
    [() => [fx.slug, "azerbaijan-canada"]],
    ["asOf", "on", "kind", "validFrom", "validTo", "q", "cursor", "limit"],
  ),
  readEndpoint(
    "/api/v1/relations/{slug}/changes",
    ([s]) => `/api/v1/relations/${s}/changes`,
    [() => [fx.slug, "azerbaijan-canada"]],
    ["since", "asOf"],
  ),
  readEndpoint(
    "/api/v1/search",
    () => "/api/v1/search",
    [],
    ["q", "kind", "relation", "country", "from", "to", "page", "limit"],
  ),
  readEndpoint("/api/v1/facts/{id}", ([s]) => `/api/v1/facts/${s}`, [() => [fx.published, fx.draft]], ["asOf"]),
  readEndpoint(
    "/api/v1/facts/{id}/diff",
    ([s]) => `/api/v1/facts/${s}/diff`,
    [() => [fx.published]],
    ["from", "to", "asOf"],
  ),
  readEndpoint("/api/v1/sources", () => "/api/v1/sources", [], ["asOf", "relation", "cursor", "limit"]),
  readEndpoint("/api/v1/sources/{id}", ([s]) => `/api/v1/sources/${s}`, [() => [fx.sourceId]], ["asOf"]),
  readEndpoint("/api/v1/changes", () => "/api/v1/changes", [], ["since", "asOf", "cursor", "limit"]),
  readEndpoint("/api/v1/changes.atom", () => "/api/v1/changes.atom", [], ["asOf"]),
  readEndpoint("/api/v1/releases", () => "/api/v1/releases", [], ["asOf", "cursor", "limit"]),
  readEndpoint("/api/v1/releases/{name}", ([s]) => `/api/v1/releases/${s}`, [() => [fx.release, "latest"]], ["asOf"]),
  readEndpoint(
    "/api/v1/releases/{name}/changes",
    ([s]) => `/api/v1/releases/${s}/changes`,
    [() => [fx.release, "latest"]],
    ["asOf", "change", "cursor", "limit"],
  ),
  readEndpoint(
    "/api/v1/releases/{name}/{file}",
    ([s, f]) => `/api/v1/releases/${s}/${f}`,
    [() => [fx.release, "latest"], () => ["facts.ndjson", "facts.json", "facts.csv", "facts.xml"]],
    ["asOf"],
  ),
  readEndpoint("/api/v1/{unknown}", ([s]) => `/api/v1/${s}/x`, [() => ["facts", "relations"]], ["asOf"]),
  {
    name: "GET /api/v1/facts/{id}/draft",
    arbitrary: () =>
      fc
        .tuple(pathSegment([fx.draft, fx.published]), queryString(["asOf"]), readHeaders)
        .map(([id, q, headers]): ApiInput => {
          const { authorization: _, ...rest } = headers;
          return { method: "GET", path: `/api/v1/facts/${id}/draft${q}`, headers: rest, token: "facts" };
        }),
  },
  {
    name: "POST /api/v1/facts",
    write: true,
    arbitrary: () =>
      fc
        .tuple(
          fc.oneof(
            {
              weight: 4,
              arbitrary: fc
                .tuple(fc.constantFrom(fx.slug), corruptContent, noteOrBad)
                .map(([relation, content, note]) => body({ relation, content, note })),
            },
            {
              weight: 2,
              arbitrary: fc
                .tuple(
                  fc.oneof(
                    weirdString.filter((s) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)),
                    notAString,
                    fc.constant("no-such-relation"),
                  ),
                  noteOrBad,
                )
                .map(([relation, note]) => body({ relation, content: generalFact("Hostile."), note })),
            },
            {
              weight: 1,
              arbitrary: fc
                .tuple(noteOrBad.filter((n) => n !== "A reason"))
                .map(([note]) => body({ relation: fx.slug, content: generalFact("Hostile."), note })),
            },
            { weight: 1, arbitrary: weirdJson.map((v) => body(v)) },
            { weight: 1, arbitrary: rawBody },
          ),
          jsonHeaders,
        )
        .map(([b, headers]): ApiInput => ({ method: "POST", path: "/api/v1/facts", headers, body: b, token: "facts" })),
  },
  {
    name: "PATCH /api/v1/facts/{id}",
    write: true,
    arbitrary: () => {
      // Only the given fields change, so each patch carries one to three definitely invalid
      // fields (a kind, an unknown key, or a bad statement, time, section, data or sources).
      const patch = fc.oneof(
        fc
          .array(contentCorruption, { minLength: 1, maxLength: 3 })
          .map((corruptions) => ({ content: Object.fromEntries(corruptions), note: "x" })),
        fc
          .tuple(
            fc.constant({ statement: "Fine." }),
            noteOrBad.filter((n) => n !== "A reason"),
          )
          .map(([content, note]) => ({ content, note })),
        fc.record({ content: weirdJson, note: notAString }),
        weirdJson,
      );
      // If-Match: missing, junk, stale or current; with current on the real draft the body is
      // always invalid, so nothing can be accepted.
      return fc
        .tuple(
          pathSegment([fx.draft]),
          fc.oneof(
            fc.constant(null),
            weirdString,
            fc.constantFrom(`"${fx.draftStale}"`, `"${fx.draftCurrent}"`, fx.draftCurrent),
          ),
          fc.oneof({ weight: 4, arbitrary: patch.map(body) }, { weight: 1, arbitrary: rawBody }),
          jsonHeaders,
        )
        .map(([id, ifMatch, b, headers]): ApiInput => {
          const h: Record<string, string> = { ...headers };
          delete h["if-match"];
          if (ifMatch !== null) h["if-match"] = ifMatch.replace(/[^\x20-\x7e]/g, "?");
          return { method: "PATCH", path: `/api/v1/facts/${id}`, headers: h, body: b, token: "facts" };
        });
    },
  },
  {
    name: "POST /api/v1/facts/{id}/submit",
    write: true,
    arbitrary: () =>
      fc
        .tuple(
          pathSegment([fx.draft, fx.published]),
          fc.oneof(fc.constant(null), weirdString, fc.constantFrom(`"${fx.draftStale}"`, fx.draftStale)),
          fc.oneof(weirdJson.map(body), rawBody),
          jsonHeaders,
        )
        .map(([id, ifMatch, b, headers]): ApiInput => {
          const h: Record<string, string> = { ...headers };
          delete h["if-match"];
          if (ifMatch !== null) h["if-match"] = ifMatch.replace(/[^\x20-\x7e]/g, "?");
          return { method: "POST", path: `/api/v1/facts/${id}/submit`, headers: h, body: b, token: "facts" };
        }),
  },
  {
    name: "POST /api/v1/releases",
    write: true,
    arbitrary: () =>
      fc
        .tuple(
          fc.oneof(
            {
              weight: 3,
              arbitrary: fc
                .tuple(
                  fc.oneof(
                    weirdString.filter((s) => !/^[0-9A-Za-z][0-9A-Za-z._-]{0,62}$/.test(s) || s === "latest"),
                    notAString,
                    fc.constant(fx.release),
                    fc.constant("latest"),
                  ),
                  fc.oneof(fc.constant("notes"), weirdJson),
                )
                .map(([name, notes]) => body({ name, notes })),
            },
            {
              weight: 1,
              arbitrary: fc
                .tuple(fc.constant(`ok.${unique()}`), fc.oneof(notAString, invalidText))
                .map(([name, notes]) => body({ name, notes })),
            },
            {
              weight: 1,
              arbitrary: fc
                .constant(null)
                .map(() => body({ name: `ok.${randomBytes(4).toString("hex")}`, notes: "n", extra: 1 })),
            },
            { weight: 1, arbitrary: weirdJson.filter((v) => !(v && typeof v === "object" && "name" in v)).map(body) },
            { weight: 1, arbitrary: rawBody },
          ),
          jsonHeaders,
        )
        .map(
          ([b, headers]): ApiInput => ({
            method: "POST",
            path: "/api/v1/releases",
            headers,
            body: b,
            token: "releases",
          }),
        ),
  },
];

async function send(input: ApiInput) {
  const headers: Record<string, string> = { ...input.headers, "x-forwarded-for": syntheticIp() };
  if (input.token === "facts") headers.authorization = `Bearer ${nextToken(factsTokens)}`;
  if (input.token === "releases") headers.authorization = `Bearer ${nextToken(releaseTokens)}`;
  const noBody = input.method === "GET" || input.method === "HEAD";
  try {
    const response = await fetch(`${inject("webUrl")}${input.path}`, {
      method: input.method,
      headers,
      body: noBody ? undefined : (input.body as BodyInit | undefined),
      redirect: "manual",
    });
    return { response, text: await response.text() };
  } catch (error) {
    // Say which response headers were too large for the client, if that was it.
    const sizes = await new Promise<string>((resolve) => {
      const req = http.request(
        `${inject("webUrl")}${input.path}`,
        { method: input.method, headers, maxHeaderSize: 1 << 20 },
        (res) => {
          res.resume();
          resolve(
            `${res.statusCode} ${Object.entries(res.headers)
              .map(([k, v]) => `${k}:${String(v).length}`)
              .join(" ")}`,
          );
        },
      );
      req.on("error", (e) => resolve(String(e)));
      req.end(noBody ? undefined : input.body);
    });
    throw new Error(`${input.method} ${input.path.slice(0, 200)}: ${(error as Error).message}; ${sizes}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The editor's server actions: arguments generators each, and the session to call them with.

interface ActionInput {
  args: unknown[];
  session?: "editor" | "admin" | "junk";
  junkCookie?: string;
  ids?: { factId?: string; slug?: string };
}

const uuidish = fc.oneof(weirdString, fc.uuid(), notAString);
const formOf = (fields: Record<string, unknown>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) f.append(k, typeof v === "string" ? v : JSON.stringify(v));
  return f;
};
const prevState = fc.oneof(fc.constant(null), weirdJson);
const junkCookie = fc.oneof(
  // Lone surrogates cannot be percent-encoded (encodeURIComponent throws): replaced first.
  weirdString.map((s) => `next-auth.session-token=${encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))}`),
  fc.constant("expired"),
  fc.constant("wrong-user"),
);
/** Wrong arity and wrong types: what a hand-made request can send to any action. */
const anyArgs = fc.array(weirdJson, { maxLength: 3 });

const ACTIONS: { name: string; arbitrary: () => fc.Arbitrary<ActionInput> }[] = [
  {
    name: "facts/actions.ts#saveFactAction",
    arbitrary: () =>
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .record({
              relationId: fc.oneof(fc.constant(fx.relationId), uuidish),
              factId: fc.option(fc.oneof(fc.constant(fx.draft), uuidish), { nil: undefined }),
              expectedRevisionId: fc.option(
                fc.oneof(fc.constant(fx.draftStale), fc.constant(fx.draftCurrent), uuidish),
                { nil: undefined },
              ),
              content: corruptContent,
              note: noteOrBad,
            })
            .map((input) => ({ args: [input], session: "editor" as const, ids: { factId: fx.draft } })),
        },
        { weight: 1, arbitrary: anyArgs.map((args) => ({ args, session: "editor" as const })) },
      ),
  },
  {
    name: "facts/actions.ts#checkFactAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .tuple(fc.oneof(fc.constant(fx.relationId), uuidish), fc.oneof(corruptContent, weirdJson))
          .map((args) => ({ args, session: "editor" as const })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
  {
    // Every input is refused: its content is broken, or its fact or change-set does not exist.
    // `actor` and `tx` are options of the operation, never of the request: a client sending them
    // changes nothing.
    name: "facts/actions.ts#autosaveFactAction",
    arbitrary: () =>
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .record(
              {
                factId: fc.oneof(fc.constant(fx.draft), uuidish),
                changeSetId: fc.oneof(fc.constant(null), uuidish),
                baseRevisionId: fc.oneof(fc.constant(fx.draftCurrent), fc.constant(null), uuidish),
                content: fc.oneof({ weight: 4, arbitrary: corruptWorkingContent }, { weight: 1, arbitrary: weirdJson }),
                note: fc.oneof(fc.constant("Typing"), notAString, invalidText),
                actor: weirdJson,
                tx: weirdJson,
              },
              { requiredKeys: ["factId", "content"] },
            )
            .map((input) => ({ args: [input], session: "editor" as const, ids: { factId: fx.draft } })),
        },
        {
          weight: 1,
          arbitrary: anyArgs.map((args) => ({ args, session: "editor" as const, ids: { factId: fx.draft } })),
        },
      ),
  },
  {
    // The fuzz's editor has no working copy, so even a well-formed discard has nothing to remove.
    name: "facts/actions.ts#discardWorkingDraftAction",
    arbitrary: () =>
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .record(
              {
                factId: fc.oneof(fc.constant(fx.draft), fc.constant(fx.published), uuidish),
                changeSetId: fc.oneof(fc.constant(null), uuidish),
                actor: weirdJson,
                tx: weirdJson,
                extra: weirdJson,
              },
              { requiredKeys: ["factId"] },
            )
            .map((input) => ({ args: [input], session: "editor" as const, ids: { factId: fx.draft } })),
        },
        {
          weight: 1,
          arbitrary: anyArgs.map((args) => ({ args, session: "editor" as const, ids: { factId: fx.draft } })),
        },
      ),
  },
  {
    name: "facts/actions.ts#workflowAction",
    arbitrary: () =>
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .record({
              step: fc.oneof(
                fc.constantFrom("submit", "approve", "reject", "unpublish", "delete"),
                weirdString,
                notAString,
              ),
              factId: fc.oneof(fc.constant(fx.draft), uuidish),
              expectedRevisionId: fc.oneof(fc.constant(fx.draftStale), uuidish),
              reason: fc.oneof(weirdString, notAString, invalidText),
            })
            // unpublish and delete take no revision: never aim them at a real fact.
            .filter((i) => !((i.step === "unpublish" || i.step === "delete") && i.factId === fx.draft))
            .map((input) => ({ args: [input], session: "admin" as const })),
        },
        { weight: 1, arbitrary: anyArgs.map((args) => ({ args, session: "admin" as const })) },
      ),
  },
  {
    // Aimed at a real draft only with a stale revision: each row is refused, nothing is written.
    name: "facts/bulk-actions.ts#bulkFactsAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({
            do: fc.oneof(fc.constantFrom("addToChangeSet", "submit", "approve"), weirdString),
            changeSetId: uuidish,
            item: fc.oneof(fc.constant(`${fx.draft}:${fx.draftStale}`), weirdString, notAString),
          })
          .map((i) => ({ args: [null, formOf(i)], session: "admin" as const })),
        anyArgs.map((args) => ({ args, session: "admin" as const })),
      ),
  },
  {
    name: "change-sets/bulk-actions.ts#bulkChangeSetsAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({ do: fc.oneof(fc.constantFrom("submit", "approve"), weirdString), item: uuidish })
          .map((i) => ({ args: [null, formOf(i)], session: "admin" as const })),
        anyArgs.map((args) => ({ args, session: "admin" as const })),
      ),
  },
  {
    name: "facts/actions.ts#resolveFlagAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({ flagId: uuidish, factId: fc.oneof(fc.constant(fx.draft), uuidish) })
          .map((i) => ({ args: [i], session: "editor" as const })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
  {
    name: "facts/actions.ts#applySuggestionAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({
            flagId: uuidish,
            factId: fc.oneof(fc.constant(fx.draft), uuidish),
            index: fc.oneof(fc.integer(), weirdString, notAString),
          })
          .map((i) => ({ args: [i], session: "editor" as const })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
  {
    name: "facts/actions.ts#dismissFlagAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({
            flagId: uuidish,
            factId: fc.oneof(fc.constant(fx.draft), uuidish),
            reason: fc.oneof(weirdString, notAString, invalidText),
          })
          .map((i) => ({ args: [i], session: "editor" as const })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
  {
    name: "facts/actions.ts#restoreAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({
            factId: fc.oneof(fc.constant(fx.draft), uuidish),
            revisionId: fc.oneof(fc.constant(fx.draftStale), uuidish),
            expectedRevisionId: fc.oneof(fc.constant(fx.draftStale), uuidish),
            note: noteOrBad,
          })
          .map((i) => ({ args: [i], session: "editor" as const, ids: { factId: fx.draft } })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
  {
    name: "relations/actions.ts#createRelationAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .tuple(
            prevState,
            fc.oneof(weirdString, fc.constantFrom("AZ", "CA", "az", "XX")),
            fc.oneof(weirdString, fc.constantFrom("CA", "AZ", " ca ")),
          )
          // Only invalid pairs: junk codes, the same country twice, or the seeded pair again.
          .filter(
            ([, a, b]) =>
              !(/^[A-Za-z]{2}$/.test(a.trim()) && /^[A-Za-z]{2}$/.test(b.trim())) ||
              new Set([a.trim().toUpperCase(), b.trim().toUpperCase()]).size < 2 ||
              [a.trim().toUpperCase(), b.trim().toUpperCase()].sort().join() === "AZ,CA",
          )
          .map(([prev, a, b]) => ({ args: [prev, formOf({ countryA: a, countryB: b })], session: "editor" as const })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
  ...["autosaveFormAction", "discardFormCopyAction"].map((exported) => ({
    name: `working-copies/actions.ts#${exported}`,
    arbitrary: () =>
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .record({
              form: fc.oneof(fc.constantFrom("NEW_FACT", "CHANGE_SET_SUMMARY", "OPEN_CHANGE_SET"), weirdString),
              relationId: fc.option(fc.oneof(fc.constant(fx.relationId), uuidish), { nil: undefined }),
              changeSetId: fc.option(uuidish, { nil: undefined }),
              content: fc.oneof(
                weirdJson,
                fc.record({ fact: weirdJson, note: fc.oneof(weirdString, invalidText) }),
                fc.record({ summary: fc.oneof(invalidText, notAString) }),
                fc.record({ title: fc.oneof(invalidText, notAString), description: weirdString }),
              ),
            })
            .map((input) => ({ args: [input], session: "editor" as const, ids: { slug: fx.slug } })),
        },
        { weight: 1, arbitrary: anyArgs.map((args) => ({ args, session: "editor" as const, ids: { slug: fx.slug } })) },
      ),
  })),
  {
    name: "relations/actions.ts#updateSummaryAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({
            relationId: fc.oneof(fc.constant(fx.relationId), uuidish),
            expectedSummary: fc.oneof(
              fc.constant("not the current summary"),
              weirdString.filter((s) => s.trim() !== ""),
            ),
            summary: fc.oneof(weirdString, invalidText),
            slug: weirdString,
          })
          .map((i) => ({ args: [null, formOf(i)], session: "admin" as const, ids: { slug: fx.slug } })),
        anyArgs.map((args) => ({ args, session: "admin" as const, ids: { slug: fx.slug } })),
      ),
  },
  {
    name: "users/actions.ts#createUserAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .oneof(
            fc.record({
              email: weirdString.filter((s) => !s.includes("@")),
              name: fc.constant("N"),
              role: fc.constant("EDITOR"),
              password: fc.constant("long enough password"),
            }),
            fc.record({
              email: fc.constant(`fuzz-${unique()}@dyad.test`),
              name: fc.constant("N"),
              role: weirdString.filter((s) => !["EDITOR", "REVIEWER", "ADMIN"].includes(s)),
              password: fc.constant("long enough password"),
            }),
            fc.record({
              email: fc.constant(`fuzz-${unique()}@dyad.test`),
              name: fc.constant("N"),
              role: fc.constant("EDITOR"),
              password: fc.string({ maxLength: 11 }),
            }),
            fc.record({
              email: fc.constant(`fuzz-${unique()}@dyad.test`),
              name: fc.oneof(invalidText, fc.constant("")),
              role: fc.constant("EDITOR"),
              password: fc.constant("long enough password"),
            }),
            fc.record({
              email: fc.constant(inject("adminEmail")),
              name: fc.constant("N"),
              role: fc.constant("EDITOR"),
              password: fc.constant("long enough password"),
            }),
          )
          .map((i) => ({ args: [null, formOf(i)], session: "admin" as const })),
        anyArgs.map((args) => ({ args, session: "admin" as const })),
      ),
  },
  {
    name: "users/actions.ts#userRowAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .oneof(
            fc.record({
              userId: uuidish,
              do: fc.constantFrom("role", "disable", "enable", "sessions", "password"),
              role: fc.constant("REVIEWER"),
              password: fc.constant("long enough password"),
            }),
            fc.record({
              userId: fc.constant(fx.targetUserId),
              do: fc.constant("role"),
              role: weirdString.filter((s) => !["EDITOR", "REVIEWER", "ADMIN"].includes(s)),
            }),
            fc.record({
              userId: fc.constant(fx.targetUserId),
              do: fc.constant("password"),
              password: fc.string({ maxLength: 11 }),
            }),
            fc.record({
              userId: fc.constant(fx.targetUserId),
              do: weirdString.filter(
                (s) => !["role", "disable", "enable", "sessions", "password", "unlock"].includes(s.trim()),
              ),
            }),
          )
          .map((i) => ({ args: [null, formOf(i)], session: "admin" as const })),
        anyArgs.map((args) => ({ args, session: "admin" as const })),
      ),
  },
  {
    name: "account/actions.ts#changeOwnPasswordAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({ currentPassword: weirdString, newPassword: fc.oneof(weirdString, invalidText) })
          .map((i) => ({ args: [null, formOf(i)], session: "editor" as const })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
  {
    // With a valid session any call is a valid request: only invalid sessions are sent here.
    name: "account/actions.ts#signOutEverywhereAction",
    arbitrary: () =>
      fc.tuple(anyArgs, junkCookie).map(([args, cookie]) => ({ args, session: "junk" as const, junkCookie: cookie })),
  },
  {
    name: "import/actions.ts#previewImportAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .oneof(
            weirdString,
            fc.constant(fx.article.replace("=", "")),
            fc.integer({ min: 1, max: 200_000 }).map((n) => "= A =\n".repeat(n)),
          )
          .map((t) => ({ args: [t], session: "editor" as const })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
  {
    name: "import/actions.ts#acceptImportAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .record({
            text: fc.oneof(fc.constant(fx.article), weirdString),
            proposals: fc.oneof(
              weirdJson,
              fc.array(fc.record({ importKey: weirdString.filter((s) => !s.startsWith("p")) }), {
                minLength: 1,
                maxLength: 3,
              }),
            ),
          })
          .map((i) => ({ args: [i], session: "editor" as const })),
        anyArgs.map((args) => ({ args, session: "editor" as const })),
      ),
  },
];

async function sessionFor(input: ActionInput): Promise<EditorSession> {
  if (input.session === "admin") return adminSession;
  if (input.session === "editor") return editorSession;
  const cookie = input.junkCookie ?? "";
  if (cookie === "expired" || cookie === "wrong-user") {
    const admin = await getDb().user.findUniqueOrThrow({ where: { email: inject("adminEmail") } });
    return forgedSession({
      sub: cookie === "expired" ? admin.id : crypto.randomUUID(),
      sv: admin.sessionVersion,
      exp: Math.floor(Date.now() / 1000) + (cookie === "expired" ? -600 : 600),
    });
  }
  return { cookie, ip: randomIp() };
}

// ---------------------------------------------------------------------------------------------
// The database before and after: every table, row by row.

/**
 * Excluded: revalidation_outbox, because the editor's sweep empties it at any moment (the
 * fixture's publish queued a row).
 */
const BOOKKEEPING = ["revalidation_outbox"];

async function snapshot(): Promise<Map<string, Map<string, string>>> {
  const db = await sql();
  const { rows: tables } = await db.query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_prisma%' ORDER BY tablename",
  );
  const out = new Map<string, Map<string, string>>();
  for (const { tablename } of tables as { tablename: string }[]) {
    if (BOOKKEEPING.includes(tablename)) continue;
    // Authenticating a token stamps last_used_at (at most once a minute), by design.
    const source =
      tablename === "api_token"
        ? "SELECT id, user_id, name, prefix, token_hash, scopes, created_at, expires_at, revoked_at FROM api_token"
        : `SELECT * FROM "${tablename}"`;
    const { rows } = await db.query(`SELECT md5(t::text) AS h, t::text AS row FROM (${source}) t`);
    out.set(tablename, new Map(rows.map((r: { h: string; row: string }) => [r.h, r.row])));
  }
  return out;
}

async function checksums(): Promise<Record<string, string>> {
  const db = await sql();
  const snap = await snapshot();
  const out: Record<string, string> = {};
  for (const table of snap.keys()) {
    const source =
      table === "api_token"
        ? "SELECT id, user_id, name, prefix, token_hash, scopes, created_at, expires_at, revoked_at FROM api_token"
        : `SELECT * FROM "${table}"`;
    const { rows } = await db.query(
      `SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS h FROM (${source}) t`,
    );
    out[table] = rows[0].h;
  }
  return out;
}

let before: Map<string, Map<string, string>>;
let beforeSums: Record<string, string>;

beforeAll(async () => {
  const relation = await createRelation();
  const editor = await createUser("EDITOR");
  const published = await createFact({
    relationId: relation.id,
    content: generalFact("Public hostile fixture."),
    note: "n",
    actor: editor.actor,
  });
  await publishFact({ factId: published.factId, actor: testAdmin });
  const draft = await createFact({
    relationId: relation.id,
    content: generalFact("Draft hostile fixture."),
    note: "n",
    actor: editor.actor,
  });
  const second = await reviseFact({
    factId: draft.factId,
    expectedRevisionId: draft.revision.id,
    content: generalFact("Draft, second."),
    note: "n",
    actor: editor.actor,
  });
  const release = `hostile.${unique()}`;
  await createRelease({ name: release, notes: "", actor: testAdmin });
  const source = await getDb().revisionSource.findFirstOrThrow({ where: { revisionId: published.revision.id } });
  const target = await createUser("EDITOR");
  const { text: article } = await articleForFreshPair();
  fx = {
    slug: relation.slug,
    relationId: relation.id,
    published: published.factId,
    draft: draft.factId,
    draftCurrent: second.revision.id,
    draftStale: draft.revision.id,
    release,
    sourceId: source.sourceId,
    targetUserId: target.user.id,
    article,
  };
  const tokenOf = async (role: "EDITOR" | "REVIEWER", scopes: TApiScope[]) => {
    const person = await createUser(role);
    ownedIds.push(person.user.id);
    return (await createApiToken({ actor: person.actor, name: `fuzz ${unique()}`, scopes })).secret;
  };
  factsTokens = [];
  for (let i = 0; i < 40; i++) factsTokens.push(await tokenOf("EDITOR", ["facts:write"]));
  releaseTokens = [];
  for (let i = 0; i < 12; i++) releaseTokens.push(await tokenOf("REVIEWER", ["releases:write"]));
  editorSession = await signIn(editor.email, editor.password);
  adminSession = await signIn(inject("adminEmail"), inject("adminPassword"));
  // What the fuzz can reach: its relation, facts and accounts, and accounts it tries to create
  // (their emails start with "fuzz-"). Not the seeded admin, whom other test files also use.
  ownedIds = [...ownedIds, relation.id, editor.user.id, target.user.id, published.factId, draft.factId, "fuzz-"];
  before = await snapshot();
  beforeSums = await checksums();
}, 300_000);

afterAll(async () => {
  await closeSql();
});

// ---------------------------------------------------------------------------------------------

/** A problem's `code` is a machine name; its `title` is words for people (a capital, then a space). */
const CODE = /^[A-Z_]+$/;
const HUMAN_TITLE = /^[A-Z][a-z]* .+/;

describe(`hostile input: ${RUNS} malformed inputs to every API endpoint`, () => {
  for (const [index, endpoint] of API.entries()) {
    it(endpoint.name, { timeout: 300_000 }, async () => {
      const inputs = fc.sample(endpoint.arbitrary(), { numRuns: RUNS, seed: 4242 + index });
      const failures: string[] = [];
      const statuses: Record<number, number> = {};
      const slow: [number, string][] = [];
      await pool(inputs, WIDTH, async (input) => {
        const started = Date.now();
        const { response, text } = await send(input);
        slow.push([
          Date.now() - started,
          `${response.status} ${input.method} ${input.path.slice(0, 100)} ${String(input.body ?? "").slice(0, 100)}`,
        ]);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const where = `${input.method} ${input.path.slice(0, 200)} ${JSON.stringify(input.headers).slice(0, 200)} ${String(input.body ?? "").slice(0, 200)}`;
        if (response.status >= 500 || response.status === 429) {
          failures.push(`${response.status} for ${where}: ${text.slice(0, 300)}`);
          return;
        }
        // A 3xx is Next.js normalising the path (e.g. an empty segment: 308 to the path without
        // it), not an answer of the endpoint; only a 2xx would be an accepted write.
        if (endpoint.write && response.status < 300) {
          failures.push(`accepted (${response.status}) ${where}: ${text.slice(0, 200)}`);
          return;
        }
        if (response.status >= 400 && input.method !== "HEAD") {
          const type = response.headers.get("content-type") ?? "";
          let problem: { title?: unknown; code?: unknown; detail?: unknown; status?: unknown } = {};
          try {
            problem = JSON.parse(text);
          } catch {}
          const clear =
            type.startsWith("application/problem+json") &&
            problem.status === response.status &&
            typeof problem.title === "string" &&
            HUMAN_TITLE.test(problem.title) &&
            typeof problem.code === "string" &&
            CODE.test(problem.code) &&
            typeof problem.detail === "string" &&
            problem.detail.length > 3 &&
            !/\n\s+at |node_modules|\.ts:\d+|prisma|SQLSTATE/i.test(text);
          if (!clear) failures.push(`unclear ${response.status} (${type}) for ${where}: ${text.slice(0, 300)}`);
        }
      });
      figures[endpoint.name] = inputs.length;
      slow.sort((a, b) => b[0] - a[0]);
      if ((slow[0]?.[0] ?? 0) > 2000) console.log(`${endpoint.name}: slowest`, slow.slice(0, 3));
      const accepted = failures.filter((f) => f.startsWith("accepted"));
      expect(
        [...accepted, ...failures].slice(0, 5),
        `${failures.length} failures; statuses ${JSON.stringify(statuses)}`,
      ).toEqual([]);
      expect(inputs.length).toBeGreaterThanOrEqual(RUNS);
    });
  }
});

const ACTION_CODES = ["INVALID", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"];

describe("hostile input: path segments whose percent-encoding does not decode", () => {
  // Next.js 16 fails to decode such a dynamic segment after routing and answers a bare 500; each
  // app's proxy.ts refuses these paths first.
  it("are refused with a 400 problem on every kind of route of both apps", async () => {
    const paths = ["/api/v1/facts/?", "/api/v1/relations/?", "/api/v1/?/x", "/relations/?", "/facts/?/compare", "/?"];
    for (const base of [inject("webUrl"), inject("editorUrl")]) {
      for (const segment of MALFORMED_PERCENT) {
        for (const path of paths.map((p) => p.replace("?", segment))) {
          const response = await fetch(`${base}${path}`, { headers: { "x-forwarded-for": syntheticIp() } });
          expect(response.status, `${base}${path}`).toBe(400);
          expect(response.headers.get("content-type")).toBe("application/problem+json");
          expect((await response.json()).detail).toMatch(/malformed percent-encoding/);
        }
      }
    }
  });
});

describe(`hostile input: ${RUNS} malformed inputs to every editor server action`, () => {
  for (const [index, action] of ACTIONS.entries()) {
    it(action.name, { timeout: 300_000 }, async () => {
      const inputs = fc.sample(action.arbitrary(), { numRuns: RUNS, seed: 777 + index });
      const failures: string[] = [];
      await pool(inputs, WIDTH, async (input) => {
        const session = await sessionFor(input);
        const call = await callAction(session, action.name, input.args, {
          pagePath: pageFor(action.name, input.ids ?? {}),
        });
        const where = `${JSON.stringify(input.args, (_, v) => (v instanceof FormData ? Object.fromEntries(v) : v)).slice(0, 300)} (${input.session})`;
        const result = call.result;
        // 431: a cookie header beyond Node's header size limit, refused before the app sees it.
        if (input.session === "junk" && call.status === 431) return;
        if (call.status !== 200 || !result) {
          failures.push(`HTTP ${call.status} for ${where}: ${call.text.slice(0, 300)}`);
        } else if (!result.ok) {
          if (
            !ACTION_CODES.includes(result.error.code) ||
            typeof result.error.message !== "string" ||
            !result.error.message
          ) {
            failures.push(`${result.error.code} "${result.error.message}" for ${where}`);
          }
          if (input.session === "junk" && result.error.code !== "UNAUTHENTICATED")
            failures.push(`not UNAUTHENTICATED: ${where}`);
          // With a real session every input must get past authentication to the validation.
          if (input.session !== "junk" && result.error.code === "UNAUTHENTICATED")
            failures.push(`session lost: ${where}`);
        } else if (input.session === "junk") {
          failures.push(`accepted with a junk session: ${where}`);
        }
      });
      figures[action.name] = inputs.length;
      expect(failures.slice(0, 5), `${failures.length} failures`).toEqual([]);
      expect(inputs.length).toBeGreaterThanOrEqual(RUNS);
    });
  }

  it("answers a request that is not a valid server-action call without running anything", async () => {
    // Wrong content type, undecodable bodies, an unknown action id: refused before any action
    // runs (no action result). Next.js answers these itself (see the report for its status codes).
    const base = inject("editorUrl");
    const id = [...(await import("../setup/server-actions")).editorActions().values()][0]?.id ?? "";
    const attempts: { headers: Record<string, string>; body: string }[] = [
      { headers: { "next-action": "00".repeat(21) }, body: "[]" },
      { headers: { "next-action": id, "content-type": "text/plain" }, body: "[{" },
      { headers: { "next-action": id, "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\nbroken" },
    ];
    for (const attempt of attempts) {
      const response = await fetch(`${base}/relations`, {
        method: "POST",
        headers: { ...attempt.headers, cookie: editorSession.cookie, origin: base },
        body: attempt.body,
      });
      const text = await response.text();
      expect(text).not.toMatch(/"ok":true/);
      expect(text).not.toMatch(/\n\s+at |node_modules/);
    }
  });
});

describe("the database after the hostile input", () => {
  it("is unchanged: every table's checksum is the same, or differs only by rows other test files wrote", async () => {
    const after = await snapshot();
    const afterSums = await checksums();
    const changedTables = Object.keys(beforeSums).filter((t) => beforeSums[t] !== afterSums[t]);
    // Other test files may run at the same time against the same database: a changed table is
    // allowed only if none of its new, changed or removed rows involves anything the fuzz had
    // access to (its relation, facts, users, tokens' owners, the admin), by id.
    const ours: string[] = [];
    for (const table of changedTables) {
      const was = before.get(table) ?? new Map();
      const now = after.get(table) ?? new Map();
      const added = [...now.entries()].filter(([h]) => !was.has(h)).map(([, row]) => row);
      const removed = [...was.entries()].filter(([h]) => !now.has(h)).map(([, row]) => row);
      // A release another file cuts lists every public fact, the fuzz's too: release_fact rows
      // are attributed through their release row (created_by_id), which is checked as a row.
      if (table === "release_fact") continue;
      for (const row of [...added, ...removed]) {
        if (ownedIds.some((id) => row.includes(id))) ours.push(`${table}: ${row.slice(0, 300)}`);
      }
    }
    expect(ours).toEqual([]);
    const total = Object.values(figures).reduce((a, b) => a + b, 0);
    console.log(
      `hostile input: ${total} inputs (${Object.entries(figures)
        .map(([k, v]) => `${k} ${v}`)
        .join("; ")}); tables checksummed: ${Object.keys(beforeSums).length} (excluded: ${BOOKKEEPING.join(", ")}), ` +
        `identical: ${Object.keys(beforeSums).length - changedTables.length}, changed by other test files only: ${changedTables.join(", ") || "none"}`,
    );
  });
});
