import { createFact, getDb } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";
import { browser } from "./browser";

describe("what a reviewer must decide before publishing", () => {
  it("a flagged import waits in the review queue, and publishing it says which flag to decide first", async () => {
    const reviewer = await createUser("REVIEWER");
    const { context, page } = await signedInPage(browser, reviewer);
    const held = await getDb().fact.findFirstOrThrow({
      where: {
        relation: { slug: "azerbaijan-canada" },
        importKey: "resident-diplomatic-missions/mission/ca-tr-embassy",
      },
    });
    await page.goto(`${editorUrl()}/`);
    const queue = page.getByRole("region", { name: /Review queue/ });
    expect(await queue.locator(`a[href="/facts/${held.id}"]`).count()).toBe(1);
    await page.goto(`${editorUrl()}/facts/${held.id}`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "unresolved flags" }).first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Anakara");
    expect((await getDb().fact.findUniqueOrThrow({ where: { id: held.id } })).publishedRevisionId).toBeNull();
    await context.close();
  });

  it("publishes a fact citing nothing followable only after the reviewer gives a reason", async () => {
    const relation = await createRelation();
    const reviewer = await createUser("REVIEWER");
    // An editor wrote it: a reviewer never approves their own draft (four eyes).
    const editor = await createUser("EDITOR");
    const statement = `A claim from a printed yearbook ${unique()}.`;
    const content = generalFact(statement, { sources: [{ source: { title: `Yearbook ${unique()}`, kind: "BOOK" } }] });
    const { factId } = await createFact({
      relationId: relation.id,
      content,
      note: "From print",
      actor: editor.actor,
    });
    const { context, page } = await signedInPage(browser, reviewer);
    await page.goto(`${editorUrl()}/facts/${factId}`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "no source a reader can follow" }).first().waitFor();
    const publishAnyway = page.getByRole("button", { name: "Publish unsourced with this reason" });
    expect(await publishAnyway.isDisabled()).toBe(true);
    await page.getByLabel(/Publish it unsourced anyway\? Say why/).fill("Only in print; the library copy was checked");
    await publishAnyway.click();
    await page.getByText(/Published: the public site shows it/).waitFor();
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { factId, type: "fact.published_unsourced" } });
    expect(audit.payload).toMatchObject({ reason: "Only in print; the library copy was checked" });
    await context.close();
  });
});
