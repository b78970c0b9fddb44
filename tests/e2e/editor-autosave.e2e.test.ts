import { createFact, getDb, listFactRevisions } from "@dyad/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { browser } from "./browser";

/** Server actions are POSTs with a Next-Action header: refusing them is a server out of reach. */
async function cutServerActions(page: Page) {
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"]
      ? route.abort("connectionrefused")
      : route.continue(),
  );
}

async function draftFact(statement: string) {
  const relation = await createRelation();
  const editor = await createUser("EDITOR");
  const { factId } = await createFact({
    relationId: relation.id,
    content: generalFact(statement),
    note: "First",
    actor: editor.actor,
  });
  return { editor, factId };
}

describe("autosave in the fact form", () => {
  it("keeps what was typed on the server as the editor types: a reload brings it back, and only an explicit save makes a revision", async () => {
    const { editor, factId } = await draftFact("Talks began in 2001.");
    const { context, page } = await signedInPage(browser, editor);
    const factUrl = `${editorUrl()}/facts/${factId}`;
    await page.goto(factUrl);
    await page.getByLabel("Statement").fill("Talks began in 2003, in Geneva.");
    await page.getByLabel("Change note").fill("Year and place");
    const status = page.getByRole("status").filter({ hasText: /Saved at|Saving|Couldn’t save|Unsaved/ });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Saved at \d\d:\d\d UTC/);

    // Kept as a working copy: no revision yet, nothing moved.
    expect((await listFactRevisions({ factId })).map((r) => r.statement)).toEqual(["Talks began in 2001."]);

    // Nothing unsaved is left, so a reload does not ask; the form comes back as it was typed.
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.reload();
    expect(asked).toEqual([]);
    expect(await page.getByLabel("Statement").inputValue()).toBe("Talks began in 2003, in Geneva.");
    expect(await page.getByLabel("Change note").inputValue()).toBe("Year and place");
    await page
      .getByTestId("restored-notice")
      .getByText(/Restored what you typed here before/)
      .waitFor();

    // A reviewer opening the fact sees the latest text, with who typed it.
    const reviewer = await signedInPage(browser, await createUser("REVIEWER"));
    await reviewer.page.goto(factUrl);
    const others = reviewer.page.getByRole("region", { name: "Unsaved work by others" });
    expect(await others.textContent()).toContain("Talks began in 2003, in Geneva.");
    await reviewer.context.close();

    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Saved as a new draft revision.").waitFor();
    expect((await listFactRevisions({ factId })).map((r) => [r.statement, r.note])).toEqual([
      ["Talks began in 2001.", "First"],
      ["Talks began in 2003, in Geneva.", "Year and place"],
    ]);
    expect(await getDb().workingDraft.count({ where: { factId } })).toBe(0);
    await page.reload();
    expect(await page.getByLabel("Statement").inputValue()).toBe("Talks began in 2003, in Geneva.");
    expect(await page.getByTestId("restored-notice").count()).toBe(0);
    await context.close();
  });

  it("says when it could not save and saves on retry", async () => {
    const { editor, factId } = await draftFact("Trade grew in 2010.");
    const { context, page } = await signedInPage(browser, editor);
    await page.goto(`${editorUrl()}/facts/${factId}`);
    await cutServerActions(page);
    await page.getByLabel("Statement").fill("Trade grew in 2011.");
    const status = page.getByRole("status").filter({ hasText: /Saved at|Saving|Couldn’t save|Unsaved/ });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Couldn’t save/);
    expect(await getDb().workingDraft.count({ where: { factId } })).toBe(0);

    await page.unroute("**/*");
    await status.getByRole("button", { name: "retry" }).click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    const kept = await getDb().workingDraft.findFirstOrThrow({ where: { factId } });
    expect((kept.content as { statement: string }).statement).toBe("Trade grew in 2011.");
    await context.close();
  });
});
