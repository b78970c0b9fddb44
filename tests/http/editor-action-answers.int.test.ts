import { describe, expect, inject, it } from "vitest";
import { createUser } from "../setup/factories";
import { callAction, pageFor, signIn } from "../setup/server-actions";

/**
 * A server action's answer is sent uncompressed even to a client that accepts gzip (a few hundred
 * bytes of RSC: compressing each one cost the editor a tenth of an autosave, issue 21), while the
 * editor's pages stay compressed.
 */
describe("editor answers and compression", () => {
  it("sends a server action's answer plain and a page gzipped to a client that accepts gzip", async () => {
    const person = await createUser("EDITOR");
    const session = await signIn(person.email, person.password);
    const name = "facts/actions.ts#discardWorkingDraftAction";
    const call = await callAction(session, name, [crypto.randomUUID()], {
      pagePath: pageFor(name),
      headers: { "accept-encoding": "gzip" },
    });
    expect(call.status).toBe(200);
    expect(call.contentType).toMatch(/^text\/x-component/);
    expect(call.result).toBeDefined();
    expect(call.contentEncoding).toBeNull();

    const page = await fetch(`${inject("editorUrl")}/sign-in`, { headers: { "accept-encoding": "gzip" } });
    await page.arrayBuffer();
    expect(page.status).toBe(200);
    expect(page.headers.get("content-encoding")).toBe("gzip");
  });
});
