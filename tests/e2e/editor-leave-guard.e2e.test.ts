import { createFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { browser } from "./browser";

describe("leaving a form with unsaved input", () => {
  it("asks first, on a link inside the app and on a reload, while what was typed is not on the server", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const { factId } = await createFact({
      relationId: relation.id,
      content: generalFact("Talks began in 2001."),
      note: "First",
      actor: editor.actor,
    });
    const { context, page } = await signedInPage(browser, editor);
    const factUrl = `${editorUrl()}/facts/${factId}`;
    await page.goto(factUrl);
    // The server out of reach, so autosave cannot keep the input (editor-autosave tests it kept).
    await page.route("**/*", (route) =>
      route.request().method() === "POST" && route.request().headers()["next-action"]
        ? route.abort("connectionrefused")
        : route.continue(),
    );
    await page.getByLabel("Statement").fill("Talks began in 2002.");

    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Relations" }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain("unsaved changes");
    expect(page.url()).toBe(factUrl);
    expect(await page.getByLabel("Statement").inputValue()).toBe("Talks began in 2002.");

    const kinds: string[] = [];
    page.once("dialog", (dialog) => {
      kinds.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(kinds).toEqual(["beforeunload"]);

    // Nothing unsaved after the reload: the link is followed without a question.
    page.once("dialog", (dialog) => {
      kinds.push(dialog.type());
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Relations" }).click();
    await page.waitForURL(/\/relations$/);
    expect(kinds).toEqual(["beforeunload"]);
    await context.close();
  });

  it("asks first when a relation's summary is typed but not saved, and not once it is saved", async () => {
    const relation = await createRelation();
    // Reviewers edit the summary: it is public as soon as it is saved.
    const { context, page } = await signedInPage(browser, await createUser("REVIEWER"));
    const relationUrl = `${editorUrl()}/relations/${relation.slug}`;
    await page.goto(relationUrl);
    await page.getByLabel("Summary").fill("Two countries that trade a little.");
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Relations" }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain("unsaved changes");
    expect(page.url()).toBe(relationUrl);

    await page.getByRole("button", { name: "Save summary" }).click();
    await page.getByText("Summary saved.").waitFor();
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Relations" }).click();
    await page.waitForURL(/\/relations$/);
    expect(asked).toHaveLength(1);
    await context.close();
  });
});
