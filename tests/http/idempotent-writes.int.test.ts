import { randomUUID } from "node:crypto";
import { ZApiDraft } from "@dyad/api-contract";
import { getDb } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { tokenFor } from "../setup/api-factories";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { invoke, signIn } from "../setup/server-actions";

const draftOf = async (response: Response, status = 200) => {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return ZApiDraft.parse(JSON.parse(text)).data;
};

const factsIn = (relationId: string) => getDb().fact.count({ where: { relationId } });

describe("a write retried after its answer was lost is kept once", () => {
  it("replays the created draft to a retry of POST /facts with the same Idempotency-Key", async () => {
    const relation = await createRelation();
    const editor = await tokenFor("EDITOR", ["facts:write"]);
    const api = apiClient({ token: editor.secret });
    const body = { relation: relation.slug, content: generalFact("An honorary consulate opened."), note: "Press" };
    const key = randomUUID();

    const first = await api.send("POST", "/api/v1/facts", body, { "idempotency-key": key });
    const created = await draftOf(first, 201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    // The client never saw that answer (the connection dropped) and sends the same request again.
    const retry = await api.send("POST", "/api/v1/facts", body, { "idempotency-key": key });
    const replayed = await draftOf(retry, 201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(replayed.factId).toBe(created.factId);
    expect(await factsIn(relation.id)).toBe(1);

    // The same key with another request is refused and writes nothing; a new key writes anew.
    const other = { ...body, content: generalFact("Something else entirely.") };
    await expectProblem(await api.send("POST", "/api/v1/facts", other, { "idempotency-key": key }), 400);
    expect(await factsIn(relation.id)).toBe(1);
    await draftOf(await api.send("POST", "/api/v1/facts", body, { "idempotency-key": randomUUID() }), 201);
    expect(await factsIn(relation.id)).toBe(2);
  });

  it("answers a retried PATCH with its kept revision instead of a conflict with itself", async () => {
    const relation = await createRelation();
    const editor = await tokenFor("EDITOR", ["facts:write"]);
    const api = apiClient({ token: editor.secret });
    const created = await draftOf(
      await api.send("POST", "/api/v1/facts", {
        relation: relation.slug,
        content: generalFact("A trade mission visited."),
        note: "Press",
      }),
      201,
    );
    const patch = { content: { statement: "A trade mission visited the capital." }, note: "Where" };
    const headers = { "if-match": `"${created.revisionId}"`, "idempotency-key": randomUUID() };
    const saved = await draftOf(await api.send("PATCH", `/api/v1/facts/${created.factId}`, patch, headers));
    const retry = await api.send("PATCH", `/api/v1/facts/${created.factId}`, patch, headers);
    expect((await draftOf(retry)).revisionId).toBe(saved.revisionId);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await getDb().factRevision.count({ where: { factId: created.factId } })).toBe(2);
    // Without a key the same retry is, as before, a conflict naming the revision it made.
    const { "idempotency-key": _, ...plain } = headers;
    await expectProblem(await api.send("PATCH", `/api/v1/facts/${created.factId}`, patch, plain), 409);
  });

  it("writes once when the same request with the same key arrives twice at the same time", async () => {
    const relation = await createRelation();
    const editor = await tokenFor("EDITOR", ["facts:write"]);
    const api = apiClient({ token: editor.secret });
    const body = { relation: relation.slug, content: generalFact("A joint commission met."), note: "Minutes" };
    const key = randomUUID();
    const answers = await Promise.all(
      [1, 2, 3].map(() => api.send("POST", "/api/v1/facts", body, { "idempotency-key": key })),
    );
    const statuses = answers.map((a) => a.status).sort();
    // Each either wrote, replayed the write, or was told to retry for the result: never a 5xx.
    expect(
      statuses.every((s) => s === 201 || s === 409),
      statuses.join(),
    ).toBe(true);
    expect(statuses).toContain(201);
    expect(await factsIn(relation.id)).toBe(1);
  });

  it("saves once in the editor when the same save is sent again with its key", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const session = await signIn(editor.email, editor.password);
    const save = {
      relationId: relation.id,
      content: generalFact("A direct flight route opened."),
      note: "Airline announcement",
      idempotencyKey: randomUUID(),
    };
    const name = "facts/actions.ts#saveFactAction";
    const first = await invoke(session, name, [save], { slug: relation.slug });
    const again = await invoke(session, name, [save], { slug: relation.slug });
    expect(first.result).toMatchObject({ ok: true, data: { factId: expect.any(String), changed: true } });
    expect(again.result).toEqual(first.result);
    expect(await factsIn(relation.id)).toBe(1);
  });
});
