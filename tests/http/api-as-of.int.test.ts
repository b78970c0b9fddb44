import { ZApiFactDetail, ZApiFactPage, ZApiRelationDetail } from "@dyad/api-contract";
import { createFact, createRelease, publishFact, reviseFact, unpublishFact } from "@dyad/db";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario } from "../setup/api-factories";
import { generalFact } from "../setup/factories";

const api = apiClient();

describe("reading the past through the API (asOf)", () => {
  it("answers exactly what was public at each instant, however the facts changed later", async () => {
    const scenario = await relationScenario();
    const { relation, editor, reviewer } = scenario;
    const factsAt = async (asOf?: string) => {
      const page = ZApiFactPage.parse(
        await api.json(`/api/v1/relations/${relation.slug}/facts${asOf ? `?asOf=${asOf}` : ""}`),
      );
      return { statements: page.data.map((f) => f.statement).sort(), page };
    };
    // The instant a current answer is for: what a client would note down to cite it.
    const now = async () => (await factsAt()).page.meta.asOf;

    const t0 = await now();
    const a = await publishedFact(scenario, "A1.");
    const b = await publishedFact(scenario, "B1.");
    const t1 = await now();
    // Final once no release cut by another test file is running (a cut may still name t1's release).
    let answerAtT1: unknown;
    await expect
      .poll(
        async () => {
          answerAtT1 = await api.json(`/api/v1/relations/${relation.slug}/facts?asOf=${t1}`);
          return ZApiFactPage.parse(answerAtT1).meta.final;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const a2 = await reviseFact({
      factId: a.factId,
      expectedRevisionId: a.revision.id,
      content: generalFact("A2."),
      note: "edit",
      actor: editor,
    });
    const t2 = await now(); // A2 is only a draft: the public still sees A1.
    await publishFact({ factId: a.factId, actor: reviewer });
    const t3 = await now();
    await unpublishFact({ factId: b.factId, actor: reviewer });
    const t4 = await now();
    await reviseFact({
      factId: a.factId,
      expectedRevisionId: a2.revision.id,
      content: generalFact("A3."),
      note: "edit",
      actor: editor,
    });
    await publishFact({ factId: a.factId, actor: reviewer });

    expect((await factsAt(t0)).statements).toEqual([]);
    expect((await factsAt(t1)).statements).toEqual(["A1.", "B1."]);
    expect((await factsAt(t2)).statements).toEqual(["A1.", "B1."]);
    expect((await factsAt(t3)).statements).toEqual(["A2.", "B1."]);
    expect((await factsAt(t4)).statements).toEqual(["A2."]);
    expect((await factsAt()).statements).toEqual(["A3."]);
    // Byte for byte the same answer for t1 as before the later edits.
    expect(await api.json(`/api/v1/relations/${relation.slug}/facts?asOf=${t1}`)).toEqual(answerAtT1);

    const atT3 = ZApiFactDetail.parse(await api.json(`/api/v1/facts/${a.factId}?asOf=${t3}`));
    expect(atT3.data.current?.statement).toBe("A2.");
    expect(atT3.data.revisions.map((r) => r.statement)).toEqual(["A1.", "A2."]);
    const bAtT4 = ZApiFactDetail.parse(await api.json(`/api/v1/facts/${b.factId}?asOf=${t4}`));
    expect(bAtT4.data.status).toBe("withdrawn");
    await expectProblem(await api.fetch(`/api/v1/facts/${a.factId}?asOf=${t0}`), 404);
    await expectProblem(await api.fetch(`/api/v1/relations/${relation.slug}?asOf=${t0}`), 404);
    const relationAtT1 = ZApiRelationDetail.parse(await api.json(`/api/v1/relations/${relation.slug}?asOf=${t1}`));
    expect(relationAtT1.data.factCount).toBe(2);
  });

  it("says which instant an answer is for, and that instant gives the same answer again", async () => {
    const scenario = await relationScenario();
    await publishedFact(scenario, "Visa requirements were lifted.");
    const current = ZApiFactPage.parse(await api.json(`/api/v1/relations/${scenario.relation.slug}/facts`));
    expect(current.meta.current).toBe(true);
    expect(current.meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    const again = ZApiFactPage.parse(
      await api.json(`/api/v1/relations/${scenario.relation.slug}/facts?asOf=${current.meta.asOf}`),
    );
    expect(again.meta).toMatchObject({ asOf: current.meta.asOf, current: false });
    expect(again.data).toEqual(current.data);
  });

  it("answers now from what is committed before a publishing transaction still running, and catches up when it ends", async () => {
    const scenario = await relationScenario();
    const url = `/api/v1/relations/${scenario.relation.slug}/facts`;
    const read = async (asOf?: string) => ZApiFactPage.parse(await api.json(asOf ? `${url}?asOf=${asOf}` : url));
    const statements = (page: { data: { statement: string }[] }) => page.data.map((f) => f.statement).sort();
    await publishedFact(scenario, "Before.");
    // Other test files publish at the same time and can hold "now" back too: wait until it has
    // passed this publication (it never goes back).
    await expect.poll(async () => statements(await read()), { timeout: 10_000 }).toEqual(["Before."]);
    // A publishing transaction that began earlier and is still running could yet publish at an
    // instant before anything committed after it began: "now" stays before its start (the
    // embedded server runs one transaction at a time, so there nothing can run alongside and the
    // holder is skipped).
    const holder = new pg.Client({ connectionString: inject("databaseUrl") });
    await holder.connect();
    const realServer = !(await holder.query("SELECT version()")).rows[0].version.includes("PGlite");
    const pending = await createFact({
      relationId: scenario.relation.id,
      content: generalFact("Held in an open transaction."),
      note: "Written for a test",
      actor: scenario.editor,
    });
    try {
      if (realServer) {
        await holder.query("BEGIN");
        await holder.query(
          "INSERT INTO publication (fact_id, relation_id, revision_id, actor_name) VALUES ($1, $2, $3, 'test')",
          [pending.factId, scenario.relation.id, pending.revision.id],
        );
      }
      await publishedFact(scenario, "While another transaction runs.");
      const during = await read();
      expect(during.meta.current).toBe(true);
      expect(statements(during)).toEqual(realServer ? ["Before."] : ["Before.", "While another transaction runs."]);
      // Whatever the answer holds, its instant gives exactly the same facts.
      expect((await read(during.meta.asOf)).data).toEqual(during.data);
    } finally {
      if (realServer) await holder.query("ROLLBACK");
      await holder.end();
    }
    await expect
      .poll(async () => statements(await read()), { timeout: 10_000 })
      .toEqual(["Before.", "While another transaction runs."]);
    const after = await read();
    expect((await read(after.meta.asOf)).data).toEqual(after.data);
  });

  it("is not held back by unrelated transactions: an idle one, a long snapshot read", async () => {
    const scenario = await relationScenario();
    const url = `/api/v1/relations/${scenario.relation.slug}/facts`;
    const read = async () => ZApiFactPage.parse(await api.json(url)).data.map((f) => f.statement);
    const idle = new pg.Client({ connectionString: inject("databaseUrl") });
    const dump = new pg.Client({ connectionString: inject("databaseUrl") });
    await Promise.all([idle.connect(), dump.connect()]);
    const realServer = !(await idle.query("SELECT version()")).rows[0].version.includes("PGlite");
    try {
      if (realServer) {
        // An idle open transaction that has written (it holds a transaction id), and a read-only
        // snapshot as pg_dump or `backup export` takes, both left open while the fact is published.
        await idle.query("BEGIN; SELECT txid_current()");
        await dump.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT count(*) FROM fact");
      }
      await publishedFact(scenario, "Published beside unrelated work.");
      // Read back through the API within a second (a reused horizon is at most a second old).
      await expect.poll(read, { timeout: 1_000, interval: 50 }).toEqual(["Published beside unrelated work."]);
      // A release can be cut meanwhile too (it used to wait for the oldest transaction, then give up).
      const name = `beside-${Date.now()}`;
      await expect(createRelease({ name, actor: scenario.reviewer })).resolves.toMatchObject({ name });
    } finally {
      if (realServer) await Promise.all([idle.query("ROLLBACK"), dump.query("ROLLBACK")]);
      await Promise.all([idle.end(), dump.end()]);
    }
  });

  it("reads an instant in any zone and at microsecond precision", async () => {
    const scenario = await relationScenario();
    await publishedFact(scenario, "A trade office opened.");
    const { meta } = ZApiFactPage.parse(await api.json(`/api/v1/relations/${scenario.relation.slug}/facts`));
    // The same instant written with a +02:00 offset.
    const shifted = new Date(Date.parse(meta.asOf) + 2 * 3600_000).toISOString().slice(0, 23);
    const local = `${shifted}${meta.asOf.slice(23, 26)}+02:00`;
    const page = ZApiFactPage.parse(
      await api.json(`/api/v1/relations/${scenario.relation.slug}/facts?asOf=${encodeURIComponent(local)}`),
    );
    expect(page.meta.asOf).toBe(meta.asOf);
    expect(page.data).toHaveLength(1);
  });

  it("answers a future instant for now, and says so", async () => {
    const scenario = await relationScenario();
    await publishedFact(scenario, "Direct flights began.");
    const page = ZApiFactPage.parse(
      await api.json(`/api/v1/relations/${scenario.relation.slug}/facts?asOf=2999-01-01`),
    );
    expect(page.meta.current).toBe(true);
    expect(page.meta.asOf < "2999").toBe(true);
    expect(page.data).toHaveLength(1);
  });

  it("keeps paging at the instant of the first page while facts are being published", async () => {
    const scenario = await relationScenario();
    await publishedFact(scenario, "First.");
    await publishedFact(scenario, "Second.");
    const first = ZApiFactPage.parse(await api.json(`/api/v1/relations/${scenario.relation.slug}/facts?limit=1`));
    await publishedFact(scenario, "Third, published while paging.");
    const second = ZApiFactPage.parse(await api.json(first.links.next ?? ""));
    expect(second.meta.asOf).toBe(first.meta.asOf);
    expect(second.links.next).toBeNull();
    expect([...first.data, ...second.data].map((f) => f.statement).sort()).toEqual(["First.", "Second."]);
    await expectProblem(await api.fetch(`${first.links.next}&asOf=2020-01-01`), 400);
  });
});
