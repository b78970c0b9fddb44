import { getDb, listFactRevisions } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, editorUrl, signedInPage } from "../setup/editor-browser";
import { articleForFreshPair } from "../setup/editor-factories";
import { createUser } from "../setup/factories";
import { browser } from "./browser";

describe("the import page", () => {
  it("shows proposed facts beside their paragraphs, lets the editor adjust one, and accepts them as drafts", async () => {
    const { relation, text } = await articleForFreshPair();
    const { context, page } = await signedInPage(browser, await createUser("EDITOR"));
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.waitForURL(/\/import$/);
    await page.getByLabel("Or paste it here").fill(text);
    await page.getByRole("button", { name: "Analyze" }).click();
    await page.getByRole("heading", { name: /proposed facts/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const card = page.getByRole("group", { name: "Diplomatic relations" });
    expect(await card.textContent()).toContain("established on August 10, 1992");
    await card.getByRole("button", { name: "Adjust" }).click();
    await card.getByLabel("Statement").fill("Diplomatic relations were established in August 1992.");
    const accept = page.getByRole("button", { name: /Accept \d+ as drafts/ });
    const count = Number(/Accept (\d+)/.exec((await accept.textContent()) ?? "")?.[1]);
    await accept.click();
    await page.getByText(`Accepted ${count} of ${count}`).waitFor();
    // The accept's outcome (the page's other live region is the autosave's).
    expect(await page.getByRole("status").filter({ hasText: "created" }).textContent()).toContain(`${count} created`);

    const facts = await getDb().fact.findMany({
      where: { relationId: relation.id },
      include: { currentRevision: { select: { statement: true } } },
    });
    expect(facts).toHaveLength(count);
    expect(facts.every((f) => f.reviewState === "DRAFT")).toBe(true);
    const adjusted = facts.find((f) => f.kind === "DIPLOMATIC_RELATIONS");
    expect(adjusted?.currentRevision?.statement).toBe("Diplomatic relations were established in August 1992.");
    expect((await listFactRevisions({ factId: adjusted?.id ?? "" })).map((r) => r.note)).toEqual([
      expect.stringMatching(/^Imported from/),
      "Adjusted on import",
    ]);
    await page.getByRole("link", { name: "Open the relation" }).click();
    await page.waitForURL(`${editorUrl()}/relations/${relation.slug}`);
    await context.close();
  });

  it("shows the before and after of a fact Dyad has when the article now says it differently", async () => {
    const { text } = await articleForFreshPair();
    const { context, page } = await signedInPage(browser, await createUser("EDITOR"));
    const analyze = async (article: string) => {
      await page.goto(`${editorUrl()}/import`);
      await page.getByLabel("Or paste it here").fill(article);
      await page.getByRole("button", { name: "Analyze" }).click();
      await page.getByRole("heading", { name: /proposed facts/ }).waitFor();
    };
    await analyze(text);
    const accept = page.getByRole("button", { name: /Accept \d+ as drafts/ });
    const count = Number(/Accept (\d+)/.exec((await accept.textContent()) ?? "")?.[1]);
    await accept.click();
    await page.getByText(`Accepted ${count} of ${count}`).waitFor();

    await analyze(text.replace("August 10, 1992", "August 11, 1992"));
    const card = page.getByRole("group", { name: "Diplomatic relations" });
    await card.getByText("Before and after: the draft in Dyad against the article").waitFor();
    expect((await card.locator("details del").allTextContents()).join(" ")).toContain("10");
    expect((await card.locator("details ins").allTextContents()).join(" ")).toContain("11");
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("makes the article a source readers can follow when the editor says where it was read", async () => {
    const { relation, text } = await articleForFreshPair();
    const { context, page } = await signedInPage(browser, await createUser("EDITOR"));
    await page.goto(`${editorUrl()}/import`);
    await page.getByLabel("Or paste it here").fill(text);
    const url = `https://example.org/wiki/${relation.slug}`;
    await page.getByLabel("Where it was read (address)").fill(url);
    await page.getByLabel("Read on").fill("2026-12-01");
    await page.getByRole("button", { name: "Analyze" }).click();
    const accept = page.getByRole("button", { name: /Accept \d+ as drafts/ });
    const count = Number(/Accept (\d+)/.exec((await accept.textContent()) ?? "")?.[1]);
    await accept.click();
    await page.getByText(`Accepted ${count} of ${count}`).waitFor();
    const cited = await getDb().revisionSource.findMany({
      where: { revision: { fact: { relationId: relation.id } }, source: { url } },
      select: { revisionId: true },
    });
    expect(cited).toHaveLength(count);
    await context.close();
  });

  it("takes several uploaded articles and works through them one after the other", async () => {
    const first = await articleForFreshPair();
    // A place the text puts in the wrong country: the gazetteer runs in the production worker too.
    const second = await articleForFreshPair(
      "are the relations between them. The first talks were held in Lyon, Peru.",
    );
    const { context, page } = await signedInPage(browser, await createUser("EDITOR"));
    await page.goto(`${editorUrl()}/import`);
    await page.getByLabel("Upload text files (one or several)").setInputFiles([
      { name: "first.txt", mimeType: "text/plain", buffer: Buffer.from(first.text) },
      { name: "second.txt", mimeType: "text/plain", buffer: Buffer.from(second.text) },
    ]);
    const uploaded = page.getByRole("navigation", { name: "Uploaded articles" });
    await uploaded.getByText("Article 1 of 2: first.txt").waitFor();
    expect(await page.getByLabel("Or paste it here").inputValue()).toBe(first.text);

    for (const [i, { relation }] of [first, second].entries()) {
      await page.getByRole("button", { name: "Analyze" }).click();
      const accept = page.getByRole("button", { name: /Accept \d+ as drafts/ });
      const count = Number(/Accept (\d+)/.exec((await accept.textContent()) ?? "")?.[1]);
      await accept.click();
      await page.getByText(`Accepted ${count} of ${count}`).waitFor();
      expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(count);
      if (i === 0) {
        await page.getByRole("button", { name: "Next article: second.txt" }).click();
        await uploaded.getByText("Article 2 of 2: second.txt").waitFor();
      }
    }
    const flags = await getDb().factFlag.findMany({ where: { fact: { relationId: second.relation.id } } });
    expect(flags.map((f) => f.rule)).toContain("MISSPELLED_PLACE");
    await context.close();
  });

  it("reads an uploaded wikitext article: links as text, each <ref> a source of its sentence", async () => {
    const { relation, text } = await articleForFreshPair();
    const title = (text.split("\n")[0] ?? "").replace(/^=\s*|\s*=$/g, "");
    const url = `https://example.org/wiki-ref/${relation.slug}`;
    const wiki = [
      `'''${title}''' are the [[bilateral relations]] between the two countries.`,
      "",
      "== History ==",
      `Diplomatic relations were established on August 10, 1992.<ref>{{cite web |url=${url} |title=Relations established}}</ref>`,
      "",
    ].join("\n");
    const { context, page } = await signedInPage(browser, await createUser("EDITOR"));
    await page.goto(`${editorUrl()}/import`);
    await page
      .getByLabel("Upload text files (one or several)")
      .setInputFiles([{ name: "article.wiki", mimeType: "text/plain", buffer: Buffer.from(wiki) }]);
    await page.getByRole("button", { name: "Analyze" }).click();
    const accept = page.getByRole("button", { name: /Accept \d+ as drafts/ });
    const count = Number(/Accept (\d+)/.exec((await accept.textContent()) ?? "")?.[1]);
    await accept.click();
    await page.getByText(`Accepted ${count} of ${count}`).waitFor();
    const facts = await getDb().fact.findMany({
      where: { relationId: relation.id },
      include: { currentRevision: { include: { sources: { include: { source: true } } } } },
    });
    const established = facts.find((f) => f.kind === "DIPLOMATIC_RELATIONS");
    expect(established?.currentRevision?.statement).toMatch(
      /^Diplomatic relations were established on August 10, 1992\./,
    );
    expect(established?.currentRevision?.sources.map((s) => s.source.url)).toContain(url);
    expect(facts.map((f) => f.currentRevision?.statement).join("\n")).not.toMatch(/\[\[|<ref|\{\{/);
    await context.close();
  });

  it("explains an article it cannot read", async () => {
    const { context, page } = await signedInPage(browser, await createUser("EDITOR"));
    await page.goto(`${editorUrl()}/import`);
    await page.getByLabel("Or paste it here").fill("Not an article at all.");
    await page.getByRole("button", { name: "Analyze" }).click();
    await page.getByText(/The first line must be the title/).waitFor();
    await context.close();
  });
});
