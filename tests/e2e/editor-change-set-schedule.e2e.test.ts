import { randomBytes } from "node:crypto";
import {
  createFact,
  getDb,
  getPublicRelation,
  openChangeSet,
  publishFact,
  reviewChangeSet,
  stageFactEdit,
  submitChangeSet,
} from "@dyad/db";
import { afterAll, describe, expect, it } from "vitest";
import { startApp } from "../setup/apps";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { useOwnDatabase } from "../setup/scratch-database";
import { browser } from "./browser";

// A database of this file's own: the run's shared editor sweeps schedules too, and this test needs
// the only editor app that can publish its schedule to be down for a while.
const databaseUrl = useOwnDatabase();
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

const nextauthSecret = randomBytes(32).toString("base64url");
async function startEditor() {
  const editor = await startApp("apps/editor", { DATABASE_URL: databaseUrl(), NEXTAUTH_SECRET: nextauthSecret });
  stops.push(editor.stop);
  return editor;
}

describe("a scheduled change-set across a restart", () => {
  it("is not lost while the editor is down: the next start publishes it and says it was late", async () => {
    const relation = await createRelation();
    const admin = await createUser("ADMIN");
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("The border reopened."),
      note: "First",
      actor: admin.actor,
    });
    await publishFact({ factId, revisionId: revision.id, actor: admin.actor });
    const set = await openChangeSet({ title: "Border", actor: editor.actor });
    await stageFactEdit({
      changeSetId: set.id,
      factId,
      content: generalFact("The border reopened in spring."),
      note: "Season",
      actor: editor.actor,
    });
    await submitChangeSet({ changeSetId: set.id, actor: editor.actor });
    await reviewChangeSet({ changeSetId: set.id, decision: "APPROVED", actor: reviewer.actor });

    const first = await startEditor();
    const context = await browser.newContext();
    const page = await context.newPage();
    const signIn = async (url: string) => {
      await page.goto(`${url}/sign-in`);
      // Cookies ignore the port: the session from before the restart may still be there (same secret).
      if (!new URL(page.url()).pathname.startsWith("/sign-in")) return;
      await page.getByLabel("Email").fill(reviewer.email);
      await page.getByLabel("Password").fill(reviewer.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
    };
    await signIn(first.url);
    await page.goto(`${first.url}/change-sets/${set.id}`);
    const at = new Date(Date.now() + 8_000);
    await page.getByLabel("Publish at (UTC)").fill(at.toISOString().slice(0, 19));
    await page.getByRole("button", { name: "Schedule" }).click();
    await page.getByText("Scheduled.", { exact: true }).waitFor();
    await first.stop();

    // The scheduled time passes with no editor running: nothing is published.
    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 17_000));
    expect((await getDb().changeSet.findUniqueOrThrow({ where: { id: set.id } })).state).toBe("SCHEDULED");
    expect((await getPublicRelation({ slug: relation.slug })).facts.map((f) => f.statement)).toEqual([
      "The border reopened.",
    ]);

    const second = await startEditor();
    await expect
      .poll(async () => (await getDb().changeSet.findUniqueOrThrow({ where: { id: set.id } })).state, {
        timeout: 20_000,
        interval: 500,
      })
      .toBe("PUBLISHED");
    expect((await getPublicRelation({ slug: relation.slug })).facts.map((f) => f.statement)).toEqual([
      "The border reopened in spring.",
    ]);
    await signIn(second.url);
    await page.goto(`${second.url}/change-sets/${set.id}`);
    await page.getByText(/published late at .*the schedule was missed while the editor app was not running/).waitFor();
    await context.close();
  }, 240_000);
});
