import { describe, expect, it } from "vitest";
import { nestsDeeperThan, refuseOversizedAction } from "./request-limits";

const action = (body: BodyInit, type: string, extra: Record<string, string> = {}) =>
  new Request("http://editor.test/account", {
    method: "POST",
    body,
    // No type for FormData: the Request sets multipart/form-data with its boundary.
    headers: { "next-action": "abc", ...(type ? { "content-type": type } : {}), ...extra },
  });

describe("request limits for server actions", () => {
  it("counts nesting outside strings only", () => {
    expect(nestsDeeperThan(`${"[".repeat(201)}${"]".repeat(201)}`, 200)).toBe(true);
    expect(nestsDeeperThan(`${"[".repeat(200)}${"]".repeat(200)}`, 200)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify(["[[[[[[".repeat(100), { a: ['"{{{'] }]), 5)).toBe(false);
    expect(nestsDeeperThan(`{"a":"\\"[[[["}`, 1)).toBe(false);
  });

  it("refuses a deep body (text or a multipart field) with 400 and a large one with 413", async () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    expect((await refuseOversizedAction(action(deep, "text/plain;charset=UTF-8")))?.status).toBe(400);
    const form = new FormData();
    form.set("1_name", "ok");
    form.set("0", deep);
    expect((await refuseOversizedAction(action(form, "")))?.status).toBe(400);
    // A form field is text, not JSON: any brackets in it are the user's business.
    const text = new FormData();
    text.set("0", '["$K1"]');
    text.set("1_email", "{T${T$".repeat(500));
    expect(await refuseOversizedAction(action(text, ""))).toBeNull();
    const large = action("x", "text/plain", { "content-length": String(11 * 1024 * 1024) });
    expect((await refuseOversizedAction(large))?.status).toBe(413);
  });

  it("lets ordinary calls and other requests through", async () => {
    expect(await refuseOversizedAction(action(JSON.stringify([{ a: [1, [2]] }, "text"]), "text/plain"))).toBeNull();
    const page = new Request("http://editor.test/account", { method: "POST", body: "[[[[" });
    expect(await refuseOversizedAction(page)).toBeNull();
  });
});
