import { createFact, getFact, listFactRevisions } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { closeAll, editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { browser } from "./browser";

describe("two editors on one fact", () => {
  it("refuses the second save, shows both versions and saves the merge the editor chose", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const { factId } = await createFact({
      relationId: relation.id,
      content: generalFact("The original wording."),
      note: "Created",
      actor,
    });
    const alice = await signedInPage(browser, await createUser("EDITOR"));
    const bob = await signedInPage(browser, await createUser("EDITOR"));
    for (const { page } of [alice, bob]) await page.goto(`${editorUrl()}/facts/${factId}`);

    // Alice rewords the statement and saves first.
    await alice.page.getByLabel("Statement").fill("Alice's wording.");
    await alice.page.getByLabel("Change note").fill("Reworded");
    await alice.page.getByRole("button", { name: "Save draft" }).click();
    await alice.page.getByText("Saved as a new draft revision.").waitFor();

    // Bob, still on the original, changes the date and the statement.
    await bob.page.getByLabel("From").fill("2010");
    await bob.page.getByLabel("Statement").fill("Bob's wording.");
    await bob.page.getByLabel("Change note").fill("Dated it");
    await bob.page.getByRole("button", { name: "Save draft" }).click();
    const conflict = bob.page.getByRole("region", { name: "Someone saved this fact while you were editing" });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Alice's wording.");
    expect(await conflict.textContent()).toContain("Bob's wording.");
    // Nothing was overwritten.
    expect((await getFact({ factId })).draft?.statement).toBe("Alice's wording.");

    const statement = conflict.getByRole("group", { name: /Statement/ });
    await statement.getByLabel(/Take theirs/).check();
    await conflict.getByRole("button", { name: "Use this merge" }).click();
    expect(await bob.page.getByLabel("Statement").inputValue()).toBe("Alice's wording.");
    expect(await bob.page.getByLabel("From").inputValue()).toBe("2010");
    await bob.page.getByLabel("Change note").fill("Merged with Alice's wording");
    await bob.page.getByRole("button", { name: "Save draft" }).click();
    await bob.page.getByText("Saved as a new draft revision.").waitFor();

    const draft = (await getFact({ factId })).draft;
    expect(draft?.statement).toBe("Alice's wording.");
    expect(draft?.validTime.start).toBe("2010");
    expect((await listFactRevisions({ factId })).map((r) => r.note)).toEqual([
      "Created",
      "Reworded",
      "Merged with Alice's wording",
    ]);
    await closeAll([alice.context, bob.context]);
  });
});
