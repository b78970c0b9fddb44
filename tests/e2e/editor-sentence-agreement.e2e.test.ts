import { createFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, unique } from "../setup/factories";
import { browser } from "./browser";

describe("fields that agree with their sentence", () => {
  it("warns the editor before saving, and the reviewer after, when the year and amount leave the sentence behind", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const { factId } = await createFact({
      relationId: relation.id,
      content: {
        kind: "TRADE_FIGURE",
        section: "economy",
        statement: "Merchandise exports were $20 million in 2010.",
        validTime: { start: "2010" },
        data: {
          reporter: relation.countryAId,
          partner: relation.countryBId,
          flow: "EXPORTS",
          amount: { value: 20, unit: "MILLION", currency: "USD", asReported: "$20 million" },
        },
        sources: [{ source: { url: `https://stats.example/${unique()}`, title: "Trade statistics", kind: "DATASET" } }],
      },
      note: "Imported",
      actor: editor.actor,
    });

    const asEditor = await signedInPage(browser, editor);
    const page = asEditor.page;
    await page.goto(`${editorUrl()}/facts/${factId}`);
    await page.locator(".preview").waitFor();
    expect(await page.getByText("The fields disagree with the sentence").count()).toBe(0);
    await page.getByLabel("From").fill("2011");
    await page.getByRole("group", { name: "Amount" }).getByLabel("Value", { exact: true }).fill("21");
    const warnings = page.locator(".sentence-warnings li");
    await expect
      .poll(() => warnings.allTextContents())
      .toEqual(["When › Start: The sentence says 2010, not 2011", "Amount › Value: The sentence says 20, not 21"]);
    await page.getByLabel("Change note").fill("Corrected the year and amount");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Saved as a new draft revision.").waitFor();

    const asReviewer = await signedInPage(browser, reviewer);
    await asReviewer.page.goto(`${editorUrl()}/facts/${factId}`);
    // The check runs 400 ms after the page hydrates, then a server round trip: more than the 1 s default on a busy machine.
    await expect.poll(() => asReviewer.page.locator(".sentence-warnings li").count(), { timeout: 10_000 }).toBe(2);
    await asEditor.context.close();
    await asReviewer.context.close();
  });
});
