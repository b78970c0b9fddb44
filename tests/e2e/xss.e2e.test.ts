import {
  type Actor,
  AppError,
  createFact,
  getDb,
  publishFact,
  reviseFact,
  submitFact,
  updateRelationSummary,
  ZSourceInput,
} from "@dyad/db";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { tokenFor } from "../setup/api-factories";
import { closeAll, editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, forgeSource, unique } from "../setup/factories";
import { instantBetween } from "../setup/public-helpers";
import { browser } from "./browser";

/**
 * Every text field a fact, a source, a relation or an account has holds markup that would set
 * window.__xss (and open an alert) if it were ever interpreted as HTML or a URL; then the pages
 * that show them are read in Chromium. A payload that ran sets the flag or opens a dialog; one
 * that was parsed as markup shows up as an element; one that became a link shows up as a
 * non-http(s) href. Both apps' CSPs are live, so any violation is reported too.
 */
const RUN = "__xss=1";
/** Fits the shortest text fields (100 characters). */
const SHORT = `"'><script>${RUN}</script><img src=x onerror=${RUN}><svg onload=${RUN}>`;
const LONG = `${SHORT}' onmouseover='${RUN}' <a href="javascript:${RUN}">j</a><iframe srcdoc="<script>parent.${RUN}</script>"></iframe><img src=x onerror=alert(1)>`;
const sized = (max: number) => (LONG.length <= max ? LONG : SHORT);
const URL_PAYLOAD = `https://example.org/${unique()}?q="><img src=x onerror=${RUN}>&r='onmouseover='${RUN}`;
const JS_URL = () => `javascript:${RUN};alert(1)//${unique()}`;

const source = (title = sized(500)) => ({
  source: { url: `${URL_PAYLOAD}&n=${unique()}`, title, publisher: sized(300), kind: "NEWS" as const },
  locator: sized(300),
});

/** Everything the pages will show, written through the domain operations (as both apps do). */
async function hostileScenario() {
  const word = `xssword${unique().replace(/[^a-z]/g, "")}`.slice(0, 16);
  const relation = await createRelation();
  const [a, b] = [relation.countryAId, relation.countryBId] as [string, string];
  // Authors' names are shown in histories, the audit log and the review queue.
  const people = await Promise.all([createUser("EDITOR"), createUser("REVIEWER")]);
  for (const p of people) await getDb().user.update({ where: { id: p.user.id }, data: { name: sized(200) } });
  const [editor, reviewer] = people.map((p) => ({ ...p.actor, name: sized(200) })) as [Actor, Actor];
  await updateRelationSummary({ relationId: relation.id, expectedSummary: "", summary: LONG, actor: reviewer });

  const note = LONG;
  const publish = async (content: Record<string, unknown>) => {
    const created = await createFact({ relationId: relation.id, content: content as never, note, actor: editor });
    await publishFact({ factId: created.factId, actor: reviewer });
    return created;
  };
  const common = (statement: string) => ({
    section: "other",
    statement: `${word} ${statement}`,
    validTime: { start: "2003-04-05" },
    sources: [source()],
  });

  const general = await publish({ kind: "GENERAL", data: { topic: sized(200) }, ...common(LONG) });
  const afterFirst = await instantBetween();
  // A second published revision, so history and compare views diff one payload against another.
  const { revision } = await reviseFact({
    factId: general.factId,
    expectedRevisionId: general.revision.id,
    content: {
      kind: "GENERAL",
      data: { topic: `${SHORT} v2` },
      ...common(`${LONG} <b>v2</b> <script>alert(2)</script>`),
    } as never,
    note: `${note} v2`,
    actor: editor,
  });
  await publishFact({ factId: general.factId, actor: reviewer });

  await publish({
    kind: "CULTURE",
    data: {
      title: sized(300),
      eventType: sized(100),
      place: sized(300),
      people: [{ name: sized(200), role: sized(300), country: a }],
      organisations: [sized(300)],
    },
    ...common(LONG),
    section: "culture",
  });
  await publish({
    kind: "TRADE_FIGURE",
    data: {
      reporter: a,
      partner: b,
      flow: "EXPORTS",
      amount: { value: 12.5, currency: "USD", unit: "MILLION", asReported: sized(200) },
      reportedBy: sized(300),
    },
    ...common(LONG),
    section: "economy",
    validTime: { start: "2019" },
  });
  await publish({
    kind: "VISIT",
    data: { type: "VISIT", people: [{ name: sized(200), role: sized(300) }], place: sized(300), occasion: sized(500) },
    ...common(LONG),
    section: "visits",
  });
  await publish({
    kind: "AGREEMENT",
    data: { title: sized(500), agreementType: sized(100), parties: [a, b], signedOn: "2004" },
    ...common(LONG),
    section: "agreements",
  });

  // A source address that is not http(s), as a row written before the schema refused them would
  // hold: the pages must still not make it a link.
  const legacy = await createFact({
    relationId: relation.id,
    content: { kind: "GENERAL", data: {}, ...common(`legacy ${LONG}`) } as never,
    note,
    actor: editor,
  });
  const cited = await getDb().revisionSource.findFirstOrThrow({ where: { revisionId: legacy.revision.id } });
  await forgeSource(cited.sourceId, { url: JS_URL() });
  // Not a followable address: publishing it takes the reviewer's audited override.
  await publishFact({ factId: legacy.factId, actor: reviewer, overrideUnsourced: { reason: "Legacy row" } });

  // A draft waiting in the review queue.
  const queued = await createFact({
    relationId: relation.id,
    content: { kind: "GENERAL", data: {}, ...common(`queued ${LONG}`) } as never,
    note,
    actor: editor,
  });
  await submitFact({ factId: queued.factId, expectedRevisionId: queued.revision.id, actor: editor });

  const countries = await getDb().country.findMany({ where: { code: { in: [a, b] } } });
  return {
    word,
    relation,
    general: { factId: general.factId, revisions: [general.revision.number, revision.number] },
    legacy,
    queued,
    afterFirst,
    countrySlug: countries[0]?.slug as string,
  };
}

/** Listeners every page gets before any of its own code runs (evaluated by the browser tooling, not subject to the CSP). */
async function watch(page: Page) {
  const dialogs: string[] = [];
  const consoleViolations: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) consoleViolations.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return { dialogs, consoleViolations };
}

/** Visit a page and report everything that would show a payload was interpreted. */
async function inspect(page: Page, url: string, watched: Awaited<ReturnType<typeof watch>>, shows = true) {
  const response = await page.goto(url, { waitUntil: "load" });
  expect(response?.status(), url).toBe(200);
  // Broken images fire onerror shortly after load; give any handler the chance to run.
  await page.waitForTimeout(300);
  await page.mouse.move(200, 300);
  const found = await page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __violations?: string[] };
    const all = [...document.querySelectorAll("*")];
    return {
      executed: w.__xss ?? null,
      violations: w.__violations ?? [],
      // Elements or attributes that only exist if a payload was parsed as markup.
      injected: all
        .filter(
          (el) =>
            el.tagName === "IFRAME" ||
            (el.tagName === "IMG" && el.getAttribute("src") === "x") ||
            [...el.attributes].some((a) => /^on/i.test(a.name)),
        )
        .map((el) => el.outerHTML.slice(0, 120)),
      scripts: [...document.scripts]
        .filter((s) => s.type !== "application/ld+json" && !/^\(?self\.__next_f/.test(s.textContent ?? ""))
        .filter((s) => /__xss|alert\(/.test(s.textContent ?? ""))
        .map((s) => (s.textContent ?? "").slice(0, 120)),
      links: [...document.querySelectorAll("a[href]")]
        .map((a) => a.getAttribute("href") ?? "")
        .filter((href) => !/^(https?:\/\/|\/|#|\?)/i.test(href)),
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text only; textContent includes scripts' source
      text: document.body?.innerText ?? document.documentElement.textContent ?? "",
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    };
  });
  expect(found.executed, `${url}: a payload ran`).toBeNull();
  expect(watched.dialogs, `${url}: a dialog opened`).toEqual([]);
  expect(found.injected, `${url}: markup from a payload`).toEqual([]);
  expect(found.scripts, `${url}: script from a payload`).toEqual([]);
  expect(found.links, `${url}: links that are not http(s) or on this site`).toEqual([]);
  expect(found.violations, `${url}: CSP violations`).toEqual([]);
  expect(watched.consoleViolations, `${url}: CSP messages in the console`).toEqual([]);
  // Not vacuous: the payload is on the page, as text (search snippets drop the <script> tags).
  if (shows) expect(found.text, `${url}: the payload is shown as text`).toContain("<img src=x onerror=");
  for (const json of found.jsonLd) {
    expect(json).not.toMatch(/<\/?script/i);
    JSON.parse(json);
  }
}

describe("hostile text in every field", () => {
  it("is refused as a source address unless it is http(s), by the schema and the API", async () => {
    for (const url of [
      JS_URL(),
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "//example.org/x",
      "file:///etc/passwd",
    ]) {
      expect(ZSourceInput.safeParse({ url, title: "t" }).success, url).toBe(false);
    }
    expect(ZSourceInput.safeParse({ url: URL_PAYLOAD, title: "t" }).success).toBe(true);

    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const content = {
      kind: "GENERAL" as const,
      section: "other" as const,
      data: {},
      statement: "A fact with a script address.",
      sources: [{ source: { url: JS_URL(), title: "t" } }],
    };
    const refused = await createFact({ relationId: relation.id, content, note: "n", actor }).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "INVALID" });
    const writer = await tokenFor("EDITOR", ["facts:write"]);
    const body = { relation: relation.slug, content, note: "n" };
    await expectProblem(await apiClient({ token: writer.secret }).send("POST", "/api/v1/facts", body), 400);
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);
  });

  it("never runs on the public site: pages, history, diffs, past views, search, country page, feeds", async () => {
    const s = await hostileScenario();
    const web = inject("webUrl");
    const [from, to] = s.general.revisions;
    const pages = [
      `/relations/${s.relation.slug}`,
      `/relations/${s.relation.slug}/history`,
      `/relations/${s.relation.slug}?asOf=${encodeURIComponent(s.afterFirst)}`,
      `/facts/${s.general.factId}`,
      `/facts/${s.general.factId}?asOf=${encodeURIComponent(s.afterFirst)}`,
      `/facts/${s.general.factId}/compare?from=${from}&to=${to}`,
      `/facts/${s.legacy.factId}`,
      `/search?q=${s.word}`,
    ];
    const context = await browser.newContext();
    try {
      for (const path of pages) {
        const page = await context.newPage();
        await inspect(page, `${web}${path}`, await watch(page));
        await page.close();
      }
      // Pages that list the relation by its countries' names only: nothing hostile, but checked.
      for (const path of [`/countries/${s.countrySlug}`, "/"]) {
        const page = await context.newPage();
        await inspect(page, `${web}${path}`, await watch(page), false);
        await page.close();
      }

      // The reflected query itself, on the search page.
      const page = await context.newPage();
      const watched = await watch(page);
      await inspect(page, `${web}/search?q=${encodeURIComponent(SHORT)}`, watched);

      // The legacy source's title is there, but not as a link.
      await page.goto(`${web}/facts/${s.legacy.factId}`);
      expect(await page.locator('a[href^="javascript" i]').count()).toBe(0);
      expect(await page.locator("cite", { hasText: "<script>__xss=1</script>" }).count()).toBeGreaterThan(0);

      // Feeds: payloads escaped as XML text; Chromium renders them without running anything.
      for (const path of ["/feed.xml", `/relations/${s.relation.slug}/feed.xml`]) {
        const text = await (await fetch(`${web}${path}`)).text();
        expect(text).toContain("&lt;script&gt;__xss=1&lt;/script&gt;");
        expect(text).not.toMatch(/<script|<img|<svg|<iframe/i);
        await page.goto(`${web}${path}`);
        await page.waitForTimeout(200);
        expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)).toBeNull();
      }
      expect(watched.dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("never runs in the editor: dashboard and review queue, relation, fact editor (typing too), history, audit log", async () => {
    const s = await hostileScenario();
    const admin = { email: inject("adminEmail"), password: inject("adminPassword") };
    const { context, page: first } = await signedInPage(browser, admin);
    try {
      await first.close();
      const [from, to] = s.general.revisions;
      for (const path of [
        "/",
        `/relations/${s.relation.slug}`,
        `/facts/${s.general.factId}`,
        `/facts/${s.general.factId}/history`,
        `/facts/${s.general.factId}/history?from=${from}&to=${to}`,
        `/facts/${s.legacy.factId}`,
        `/facts/${s.queued.factId}`,
        "/audit",
      ]) {
        const page = await context.newPage();
        await inspect(page, `${editorUrl()}${path}`, await watch(page));
        await page.close();
      }

      // Rendered by the client too: type a payload and let the live preview show it.
      const page = await context.newPage();
      const watched = await watch(page);
      await inspect(page, `${editorUrl()}/facts/${s.general.factId}`, watched);
      const typed = `typed ${unique()} ${LONG}`;
      await page.getByLabel("Statement").fill(typed);
      await expect.poll(() => page.locator(".preview").textContent(), { timeout: 15_000 }).toContain(typed);
      await page.waitForTimeout(300);
      const after = await page.evaluate(() => ({
        executed: (window as unknown as { __xss?: unknown }).__xss ?? null,
        injected: document.querySelectorAll(".preview img, .preview svg, .preview iframe, .preview script").length,
        violations: (window as unknown as { __violations: string[] }).__violations,
      }));
      expect(after).toEqual({ executed: null, injected: 0, violations: [] });
      expect(watched.dialogs).toEqual([]);
    } finally {
      await closeAll([context]);
    }
  });
});
