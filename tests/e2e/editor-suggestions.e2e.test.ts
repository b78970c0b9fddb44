import { getDb, getFact } from "@dyad/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { importDefectsArticle } from "../setup/defects-article";
import { editorUrl, signedInPage } from "../setup/editor-browser";
import { createUser } from "../setup/factories";
import { browser } from "./browser";

// Issue 14.2 in the editor: every kind of importer warning offers its suggested correction,
// applied in one click, or is dismissed with a reason; both show in the fact's history.

const warning = (page: Page, rule: string) => page.getByRole("listitem", { name: `Warning ${rule}` });

async function applyOn(page: Page, factId: string, rule: string, label: RegExp) {
  await page.goto(`${editorUrl()}/facts/${factId}`);
  const button = warning(page, rule).getByRole("button", { name: label });
  await Promise.all([page.waitForEvent("load"), button.click()]);
}

async function historyText(page: Page, factId: string) {
  await page.goto(`${editorUrl()}/facts/${factId}/history`);
  return (await page.locator("main").textContent()) ?? "";
}

describe("suggested corrections in the editor", () => {
  it("applies each kind of suggestion in one click, as a new revision named in the history", async () => {
    const editor = await createUser("EDITOR");
    const pair = await importDefectsArticle(editor.actor);
    const { context, page } = await signedInPage(browser, editor);
    const embassy = pair.fact(/mission\/.*-tr-embassy$/);

    // A misspelling → the gazetteer's name.
    await applyOn(page, embassy, "MISSPELLED_PLACE", /^Apply: Anakara → Ankara$/);
    expect(await warning(page, "MISSPELLED_PLACE").count()).toBe(0);
    expect(await page.getByLabel("Statement", { exact: true }).inputValue()).toContain("embassy in Ankara, Turkey");

    // A third country in a place clause → the reading with the pair's country.
    await applyOn(page, embassy, "COUNTRY_NOT_IN_PAIR", new RegExp(`^Apply: Armenia → ${pair.a.name}$`));
    expect(await page.getByLabel("Statement", { exact: true }).inputValue()).toContain(
      `an embassy in ${pair.a.name} but`,
    );
    const embassyHistory = await historyText(page, embassy);
    expect(embassyHistory).toContain("Note: Applied suggestion SPELLING: Anakara → Ankara");
    expect(embassyHistory).toContain(`Note: Applied suggestion PAIR_COUNTRY: Armenia → ${pair.a.name}`);
    expect(embassyHistory).toContain("Applied a suggestion: MISSPELLED_PLACE — SPELLING: Anakara → Ankara");

    // A malformed amount → one of its readings, with its value.
    const amount = pair.fact(/imports-.*-2008$/);
    await applyOn(page, amount, "MALFORMED_AMOUNT", /^Apply: \$1\.168295 billion \(1,168,295,000 USD\)$/);
    expect(await page.getByLabel("Statement", { exact: true }).inputValue()).toContain("reached $1.168295 billion");
    expect((await getFact({ factId: amount })).draft?.data).toMatchObject({ amount: { value: 1.168295 } });
    expect(await historyText(page, amount)).toContain("Applied a suggestion: MALFORMED_AMOUNT — AMOUNT_READING");

    // A contradictory direction → the corrected flow.
    const flow = pair.fact(/imports-.*-2010$/);
    await applyOn(page, flow, "CONTRADICTORY_DIRECTION", /^Apply: .* imports from .* \(imports\)$/);
    expect(await page.getByLabel("Statement", { exact: true }).inputValue()).toContain(
      `${pair.b.demonym} imports from ${pair.a.name}`,
    );
    expect(await historyText(page, flow)).toContain("Applied a suggestion: CONTRADICTORY_DIRECTION — DIRECTION");

    // A duplicated agreement → merged into the one kept, which now cites both places.
    const duplicate = pair.fact(/agreement-mention-2004$/);
    const kept = pair.fact(/\/agreement\//);
    await applyOn(page, duplicate, "DUPLICATE_AGREEMENT", /^Apply: Merge into “Convention for the Avoidance/);
    expect(new URL(page.url()).pathname).toBe(`/facts/${kept}`);
    expect(await historyText(page, kept)).toMatch(/Note: Applied suggestion MERGE_DUPLICATE: merged the duplicate/);
    expect((await getFact({ factId: duplicate })).deletedAt).not.toBeNull();
    await page.goto(`${editorUrl()}/facts/${duplicate}`);
    await page.getByText(/This fact was deleted/).waitFor();

    // Every flag that held a fact back is decided (UNSTRUCTURED holds nothing back).
    const open = await getDb().factFlag.count({
      where: { fact: { relationId: pair.relation.id }, resolvedAt: null, rule: { not: "UNSTRUCTURED" } },
    });
    expect(open).toBe(0);
    await context.close();
  });

  it("dismisses each kind of warning only with a reason, leaves the fact as it was, and shows the reason", async () => {
    const editor = await createUser("EDITOR");
    const pair = await importDefectsArticle(editor.actor);
    const { context, page } = await signedInPage(browser, editor);
    const cases = [
      [pair.fact(/mission\/.*-tr-embassy$/), "MISSPELLED_PLACE"],
      [pair.fact(/mission\/.*-tr-embassy$/), "COUNTRY_NOT_IN_PAIR"],
      [pair.fact(/imports-.*-2008$/), "MALFORMED_AMOUNT"],
      [pair.fact(/imports-.*-2010$/), "CONTRADICTORY_DIRECTION"],
      [pair.fact(/agreement-mention-2004$/), "DUPLICATE_AGREEMENT"],
    ] as const;
    for (const [factId, rule] of cases) {
      const before = (await getFact({ factId })).draft?.revisionId;
      await page.goto(`${editorUrl()}/facts/${factId}`);
      const item = warning(page, rule);
      await item.getByRole("button", { name: "Dismiss…" }).click();
      await item.getByRole("button", { name: "Dismiss the warning" }).click();
      await page.getByRole("alert").filter({ hasText: "Say why you dismiss this warning" }).waitFor();
      expect(await item.count()).toBe(1);

      const reason = `Checked ${rule} against the printed source`;
      await item.getByLabel("Why does this warning not call for a change?").fill(reason);
      await item.getByRole("button", { name: "Dismiss the warning" }).click();
      await warning(page, rule).waitFor({ state: "detached" });
      expect((await getFact({ factId })).draft?.revisionId).toBe(before);
      expect(await historyText(page, factId)).toContain(`Dismissed: ${rule} — ${reason}`);
    }
    await context.close();
  });
});
