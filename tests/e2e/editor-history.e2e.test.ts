import { createFact, getFact, listFactRevisions, reviseFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { browser } from "./browser";

describe("history", () => {
  it("shows every revision, a word diff between two, and restores an old one as a new draft", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("The embassy opened in spring."),
      note: "Created",
      actor: editor.actor,
    });
    await reviseFact({
      factId,
      expectedRevisionId: revision.id,
      content: generalFact("The embassy opened in autumn.", { validTime: { start: "2003" } }),
      note: "Wrong season",
      actor: editor.actor,
    });

    const { context, page } = await signedInPage(browser, editor);
    await page.goto(`${editorUrl()}/facts/${factId}`);
    await page.getByRole("link", { name: "History" }).click();
    await page.waitForURL(/\/history/);
    const diff = page.getByRole("table");
    expect(await diff.locator("del").allTextContents()).toContain("spring");
    expect(await diff.locator("ins").allTextContents()).toContain("autumn");
    expect(await diff.getByRole("rowheader").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("When › Start")]),
    );
    expect(await page.getByText("Note: Wrong season").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Restore revision 1…" }).click();
    await page.getByLabel("Why restore revision 1?").fill("Spring was right after all");
    await page.getByRole("button", { name: "Restore as a new draft" }).click();
    await page.waitForURL(`${editorUrl()}/facts/${factId}`);
    expect(await page.getByLabel("Statement").inputValue()).toBe("The embassy opened in spring.");

    const history = await listFactRevisions({ factId });
    expect(history.map((r) => r.statement)).toEqual([
      "The embassy opened in spring.",
      "The embassy opened in autumn.",
      "The embassy opened in spring.",
    ]);
    expect(history[2]?.note).toBe("Restored revision 1: Spring was right after all");
    expect((await getFact({ factId })).draft?.number).toBe(3);
    await context.close();
  });
});
