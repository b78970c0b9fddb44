import { createHash } from "node:crypto";
import { ZApiDraft } from "@dyad/api-contract";
import { getDb, listApiTokens, listAuditEvents, revokeApiToken } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { tokenFor } from "../setup/api-factories";
import { createRelation, generalFact } from "../setup/factories";

const draftOf = async (response: Response, status = 200) => {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return ZApiDraft.parse(JSON.parse(text)).data;
};

describe("writing drafts with an API token", () => {
  it("creates a draft, revises it with If-Match and submits it, as the editor app would", async () => {
    const relation = await createRelation();
    const editor = await tokenFor("EDITOR", ["facts:write"]);
    const api = apiClient({ token: editor.secret });

    const created = await api.send("POST", "/api/v1/facts", {
      relation: relation.slug,
      content: generalFact("A cultural centre opened."),
      note: "From the embassy's announcement",
    });
    const draft = await draftOf(created, 201);
    expect(created.headers.get("etag")).toBe(`"${draft.revisionId}"`);
    expect(created.headers.get("location")).toBe(`/api/v1/facts/${draft.factId}/draft`);
    expect(draft).toMatchObject({ revision: 1, reviewState: "DRAFT", publishedRevisionId: null, publishIssues: [] });
    // A draft is not public.
    await expectProblem(await apiClient().fetch(`/api/v1/facts/${draft.factId}`), 404);

    const read = await api.fetch(created.headers.get("location") ?? "");
    const etag = read.headers.get("etag") ?? "";
    expect(etag).toBe(`"${draft.revisionId}"`);
    const revised = await draftOf(
      await api.send(
        "PATCH",
        `/api/v1/facts/${draft.factId}`,
        { content: { statement: "A cultural centre opened in the capital." }, note: "Where" },
        { "if-match": etag },
      ),
    );
    expect(revised).toMatchObject({ revision: 2, statement: "A cultural centre opened in the capital." });
    expect(revised.validTime).toEqual(draft.validTime); // fields not sent keep the draft's value
    expect(revised.sources.map((s) => s.id)).toEqual(draft.sources.map((s) => s.id));

    const submitted = await draftOf(
      await api.fetch(`/api/v1/facts/${draft.factId}/submit`, {
        method: "POST",
        headers: { "if-match": `"${revised.revisionId}"` },
      }),
    );
    expect(submitted.reviewState).toBe("SUBMITTED");
    const events = await listAuditEvents({ factId: draft.factId });
    expect(new Set(events.map((e) => e.actorId))).toEqual(new Set([editor.user.id]));
  });

  it("refuses a stale If-Match with 409 naming the current revision, and a missing one with 428", async () => {
    const relation = await createRelation();
    const editor = await tokenFor("EDITOR", ["facts:write"]);
    const api = apiClient({ token: editor.secret });
    const draft = await draftOf(
      await api.send("POST", "/api/v1/facts", { relation: relation.slug, content: generalFact("V1."), note: "v1" }),
      201,
    );
    const patch = (ifMatch: string | null, statement: string) =>
      api.send(
        "PATCH",
        `/api/v1/facts/${draft.factId}`,
        { content: { statement }, note: "edit" },
        ifMatch ? { "if-match": ifMatch } : {},
      );
    const second = await draftOf(await patch(`"${draft.revisionId}"`, "V2."));
    const conflict = await expectProblem(await patch(`"${draft.revisionId}"`, "V2 from a stale copy."), 409);
    expect(conflict.currentRevisionId).toBe(second.revisionId);
    await expectProblem(await patch(null, "No precondition."), 428);
    await expectProblem(await patch("*", "Any."), 400);
    const unchanged = await api.fetch(`/api/v1/facts/${draft.factId}/draft`);
    expect((await draftOf(unchanged)).statement).toBe("V2.");
  });

  it("applies the editor app's validation and answers bad bodies with a problem", async () => {
    const relation = await createRelation();
    const editor = await tokenFor("EDITOR", ["facts:write"]);
    const api = apiClient({ token: editor.secret });
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      api.send("POST", "/api/v1/facts", body, headers);

    const invalid = await expectProblem(
      await post({ relation: relation.slug, content: { ...generalFact("x"), statement: "" }, note: "n" }),
      400,
    );
    expect(invalid.issues).toContainEqual(expect.objectContaining({ path: "content.statement" }));
    await expectProblem(await post({ relation: relation.slug, content: generalFact("No note.") }), 400);
    await expectProblem(await post({ relation: "no-such-pair", content: generalFact("x"), note: "n" }), 404);
    await expectProblem(await post("{ not json"), 400);
    await expectProblem(await post("\u0000"), 400);
    await expectProblem(
      await post({ relation: relation.slug, content: generalFact("Nul \u0000 inside."), note: "n" }),
      400,
    );
    // "Trojan Source": text that would read differently from what is stored is refused, with a reason.
    for (const hidden of ["\u202E", "\u2067", "\u200B", "\uFEFF"]) {
      const bidi = await expectProblem(
        await post({
          relation: relation.slug,
          content: generalFact(`They signed ${hidden}tnemeerga in 2006.`),
          note: "n",
        }),
        400,
      );
      expect(JSON.stringify(bidi)).toContain("invisible direction controls");
    }
    expect(await getDb().factRevision.count({ where: { statement: { contains: "tnemeerga" } } })).toBe(0);
    await expectProblem(await post({ relation: relation.slug }, { "content-type": "text/plain" }), 415);
    const huge = { relation: relation.slug, content: generalFact("x".repeat(300_000)), note: "n" };
    await expectProblem(await post(huge), 413);
    const kindChange = await draftOf(
      await post({ relation: relation.slug, content: generalFact("Stays general."), note: "n" }),
      201,
    );
    await expectProblem(
      await api.send(
        "PATCH",
        `/api/v1/facts/${kindChange.factId}`,
        { content: { kind: "VISIT" }, note: "n" },
        { "if-match": `"${kindChange.revisionId}"` },
      ),
      400,
    );
  });
});

describe("API tokens", () => {
  it("shows the secret once and stores only its SHA-256", async () => {
    const editor = await tokenFor("EDITOR", ["facts:write"]);
    expect(editor.secret).toMatch(/^dyad_[A-Za-z0-9_-]{43}$/);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: editor.token.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(editor.secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(editor.secret.slice(12));
    const listed = await listApiTokens({ actor: editor.actor });
    expect(listed).toEqual([expect.objectContaining({ id: editor.token.id, prefix: editor.secret.slice(0, 12) })]);
    expect(JSON.stringify(listed)).not.toContain(editor.secret.slice(12));
  });

  it("needs a token, the right scope and the right role", async () => {
    const relation = await createRelation();
    const body = { relation: relation.slug, content: generalFact("Scoped."), note: "n" };
    const anonymous = await apiClient().send("POST", "/api/v1/facts", body);
    await expectProblem(anonymous, 401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectProblem(await apiClient({ token: "dyad_nope" }).send("POST", "/api/v1/facts", body), 401);
    await expectProblem(await apiClient({ token: `dyad_${"A".repeat(43)}` }).send("POST", "/api/v1/facts", body), 401);

    const releaser = await tokenFor("REVIEWER", ["releases:write"]);
    const wrongScope = await expectProblem(
      await apiClient({ token: releaser.secret }).send("POST", "/api/v1/facts", body),
      403,
    );
    expect(wrongScope.requiredScope).toBe("facts:write");
    await expect(tokenFor("EDITOR", ["releases:write"])).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("stops working when revoked, expired, its owner disabled or demoted", async () => {
    const relation = await createRelation();
    const body = { relation: relation.slug, content: generalFact("Still allowed?"), note: "n" };

    const revoked = await tokenFor("EDITOR", ["facts:write"]);
    const api = apiClient({ token: revoked.secret });
    await draftOf(await api.send("POST", "/api/v1/facts", body), 201);
    await revokeApiToken({ tokenId: revoked.token.id, actor: revoked.actor });
    expect((await expectProblem(await api.send("POST", "/api/v1/facts", body), 401)).detail).toMatch(/revoked/);

    const expired = await tokenFor("EDITOR", ["facts:write"]);
    await getDb().apiToken.update({
      where: { id: expired.token.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expiredProblem = await apiClient({ token: expired.secret }).send("POST", "/api/v1/facts", body);
    expect((await expectProblem(expiredProblem, 401)).detail).toMatch(/expired/);

    const disabled = await tokenFor("EDITOR", ["facts:write"]);
    await getDb().user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    await expectProblem(await apiClient({ token: disabled.secret }).send("POST", "/api/v1/facts", body), 403);

    const demoted = await tokenFor("REVIEWER", ["releases:write"]);
    await getDb().user.update({ where: { id: demoted.user.id }, data: { role: "EDITOR" } });
    const cut = await apiClient({ token: demoted.secret }).send("POST", "/api/v1/releases", { name: "never-cut" });
    await expectProblem(cut, 403);
  });
});
