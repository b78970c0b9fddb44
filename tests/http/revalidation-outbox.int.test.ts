import { getDb } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { publishedFact, relationScenario } from "../setup/api-factories";

const page = async (slug: string) => (await fetch(`${inject("webUrl")}/relations/${slug}`)).text();

describe("a publish whose revalidation was lost", () => {
  it("is still delivered to the public site later, by the editor's sweep", async () => {
    const scenario = await relationScenario();
    await publishedFact(scenario, "First statement on record.");
    expect(await page(scenario.relation.slug)).toContain("First statement on record.");

    // The site is unreachable when the next publish commits: its revalidation is lost.
    const webUrl = process.env.DYAD_WEB_URL;
    process.env.DYAD_WEB_URL = "http://127.0.0.1:9"; // the discard port: nothing listens
    let later: Awaited<ReturnType<typeof publishedFact>>;
    try {
      later = await publishedFact(scenario, "Second statement, published while the site was unreachable.");
    } finally {
      process.env.DYAD_WEB_URL = webUrl;
    }

    // The running editor's sweep (every 5 s) delivers it from the outbox.
    await expect
      .poll(() => page(scenario.relation.slug), { timeout: 10_000, interval: 500 })
      .toContain("Second statement, published while the site was unreachable.");
    await expect
      .poll(() => getDb().revalidationOutbox.count({ where: { factId: later.factId } }), { timeout: 10_000 })
      .toBe(0);
  });
});
