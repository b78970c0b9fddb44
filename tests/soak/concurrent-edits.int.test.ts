import { createFact, getDb, getFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { apiClient, syntheticIp } from "../setup/api-client";
import { tokenFor } from "../setup/api-factories";
import { createRelation, generalFact, unique } from "../setup/factories";
import { type EditorSession, invoke, signIn } from "../setup/server-actions";

/**
 * Lost updates under load: 100 clients at once, half through the public API (token, If-Match)
 * and half through the editor's real server action over HTTP (signed-in session cookie), each
 * saving a few edits to the same 10 facts from the revision it last saw. Every accepted write must
 * be exactly one revision whose parent is the revision the client started from (nothing
 * overwritten), every refused one a 409 / conflict result naming the revision that beat it.
 */
const FACTS = 10;
const API_CLIENTS = 50;
const ACTION_CLIENTS = 50;
const ROUNDS = 3;

type Outcome =
  | { via: "api" | "action"; factId: string; base: string; kind: "accepted"; revisionId: string }
  | { via: "api" | "action"; factId: string; base: string; kind: "refused"; currentRevisionId: string }
  | { via: "api" | "action"; factId: string; base: string; kind: "other"; status: number; text: string };

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)] as T;
const jitter = () => new Promise((r) => setTimeout(r, Math.random() * 20));

/** Run `work` over items with at most `width` at a time. */
async function pool<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i] as T);
      }
    }),
  );
  return out;
}

describe("100 concurrent clients editing the same 10 facts", () => {
  it("loses no update: accepted writes are revisions, refused ones name the current revision", async () => {
    const relation = await createRelation();
    // Ten editors, each with an API token and an account to sign in with.
    const editors = await pool(
      Array.from({ length: 10 }, (_, i) => i),
      2,
      () => tokenFor("EDITOR", ["facts:write"]),
    );
    const facts = await pool(
      Array.from({ length: FACTS }, (_, i) => i),
      2,
      async (i) => {
        const created = await createFact({
          relationId: relation.id,
          content: generalFact(`Contended fact ${i}.`),
          note: "Start",
          actor: (editors[i % editors.length] as (typeof editors)[number]).actor,
        });
        return created.factId;
      },
    );
    // Each action client has its own session (its own sign-in, from its own address).
    const sessions: EditorSession[] = await pool(
      Array.from({ length: ACTION_CLIENTS }, (_, i) => i),
      4,
      (i) => {
        const editor = editors[i % editors.length] as (typeof editors)[number];
        return signIn(editor.email, editor.password, syntheticIp());
      },
    );

    const apiWriter = async (i: number): Promise<Outcome[]> => {
      const editor = editors[i % editors.length] as (typeof editors)[number];
      const api = apiClient({ token: editor.secret });
      const outcomes: Outcome[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const factId = pick(facts);
        const read = await api.fetch(`/api/v1/facts/${factId}/draft`);
        await read.arrayBuffer();
        const etag = read.headers.get("etag") ?? "";
        expect(read.status).toBe(200);
        const base = etag.replaceAll('"', "");
        await jitter();
        const response = await api.send(
          "PATCH",
          `/api/v1/facts/${factId}`,
          { content: { statement: `API client ${i} round ${round}: ${unique()}.` }, note: `API ${i}/${round}` },
          { "if-match": etag },
        );
        const text = await response.text();
        const body = JSON.parse(text);
        if (response.status === 200) {
          outcomes.push({ via: "api", factId, base, kind: "accepted", revisionId: body.data.revisionId });
        } else if (response.status === 409 && response.headers.get("content-type")?.includes("problem+json")) {
          outcomes.push({ via: "api", factId, base, kind: "refused", currentRevisionId: body.currentRevisionId });
        } else {
          outcomes.push({ via: "api", factId, base, kind: "other", status: response.status, text });
        }
      }
      return outcomes;
    };

    const actionWriter = async (i: number): Promise<Outcome[]> => {
      const session = sessions[i] as EditorSession;
      const outcomes: Outcome[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const factId = pick(facts);
        // What the fact page shows when the editor opens it: the current draft revision.
        const base = (await getFact({ factId })).draft?.revisionId ?? "";
        await jitter();
        const call = await invoke(
          session,
          "facts/actions.ts#saveFactAction",
          [
            {
              relationId: relation.id,
              factId,
              expectedRevisionId: base,
              content: generalFact(`Editor session ${i} round ${round}: ${unique()}.`),
              note: `Action ${i}/${round}`,
            },
          ],
          { factId },
        );
        const result = call.result;
        if (call.status === 200 && result?.ok) {
          const data = result.data as {
            revisionId?: string;
            changed?: boolean;
            conflict?: { theirs: { revisionId: string } };
          };
          if (data.conflict) {
            outcomes.push({
              via: "action",
              factId,
              base,
              kind: "refused",
              currentRevisionId: data.conflict.theirs.revisionId,
            });
            continue;
          }
          if (data.revisionId && data.changed) {
            outcomes.push({ via: "action", factId, base, kind: "accepted", revisionId: data.revisionId });
            continue;
          }
        }
        outcomes.push({
          via: "action",
          factId,
          base,
          kind: "other",
          status: call.status,
          text: call.text.slice(0, 500),
        });
      }
      return outcomes;
    };

    const started = Date.now();
    const all = (
      await Promise.all([
        ...Array.from({ length: API_CLIENTS }, (_, i) => apiWriter(i)),
        ...Array.from({ length: ACTION_CLIENTS }, (_, i) => actionWriter(i)),
      ])
    ).flat();
    const seconds = (Date.now() - started) / 1000;

    const others = all.filter((o) => o.kind === "other");
    expect(others, JSON.stringify(others.slice(0, 3))).toEqual([]);
    const accepted = all.filter((o) => o.kind === "accepted");
    const refused = all.filter((o) => o.kind === "refused");
    expect(accepted.length + refused.length).toBe((API_CLIENTS + ACTION_CLIENTS) * ROUNDS);

    // Revision rows in the database: the 10 first revisions plus exactly one per accepted write.
    const revisions = await getDb().factRevision.findMany({
      where: { factId: { in: facts } },
      select: { id: true, factId: true, number: true, parentId: true },
      orderBy: [{ factId: "asc" }, { number: "asc" }],
    });
    expect(revisions.length).toBe(FACTS + accepted.length);
    const byId = new Map(revisions.map((r) => [r.id, r]));

    // Each accepted write is a revision of its fact whose parent is the revision it was based on.
    for (const o of accepted) {
      expect(byId.get(o.revisionId), o.revisionId).toMatchObject({ factId: o.factId, parentId: o.base });
    }
    expect(new Set(accepted.map((o) => o.revisionId)).size).toBe(accepted.length);
    // History is one line per fact: 1, 2, 3, ... each the child of the one before, so no write
    // was based on a revision someone else had already built on.
    for (const factId of facts) {
      const chain = revisions.filter((r) => r.factId === factId);
      chain.forEach((r, n) => {
        expect(r.number).toBe(n + 1);
        expect(r.parentId).toBe(n === 0 ? null : chain[n - 1]?.id);
      });
      const current = (await getFact({ factId })).draft?.revisionId;
      expect(current).toBe(chain[chain.length - 1]?.id);
    }
    // Each refusal names a revision of the same fact that came after the client's base.
    for (const o of refused) {
      const named = byId.get(o.currentRevisionId);
      const base = byId.get(o.base);
      expect(named?.factId, JSON.stringify(o)).toBe(o.factId);
      expect(named?.number ?? 0).toBeGreaterThan(base?.number ?? Number.POSITIVE_INFINITY);
    }
    // With 100 clients on 10 facts, both outcomes happen, through both paths.
    expect(refused.length).toBeGreaterThan(0);
    expect(accepted.some((o) => o.via === "api") && accepted.some((o) => o.via === "action")).toBe(true);

    const count = (via: string, kind: string) => all.filter((o) => o.via === via && o.kind === kind).length;
    console.log(
      `concurrent edits: ${API_CLIENTS + ACTION_CLIENTS} clients, ${all.length} writes in ${seconds.toFixed(1)} s: ` +
        `${accepted.length} accepted (API ${count("api", "accepted")}, actions ${count("action", "accepted")}), ` +
        `${refused.length} refused (API 409 ${count("api", "refused")}, action conflicts ${count("action", "refused")}), 0 errors`,
    );
  });
});
