import { listAuditLog, listChangeSetPage, listEditorFacts } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { testAdmin } from "../setup/editor-factories";

/**
 * The editor's list filters come from a page's address, so anyone signed in can type anything
 * into them (RELIABILITY.md "Attacked from outside"): a NUL character or a cursor past PostgreSQL's
 * bigint were 500s from the database, and are refused naming the field.
 */
describe("list filters from the address bar", () => {
  it("refuse a NUL character in any text filter", async () => {
    for (const relation of ["\u0000", "canada\u0000mexico"]) {
      await expect(listEditorFacts({ actor: testAdmin, relation })).rejects.toMatchObject({ code: "INVALID" });
      await expect(listChangeSetPage({ actor: testAdmin, relation })).rejects.toMatchObject({ code: "INVALID" });
      await expect(listAuditLog({ actor: testAdmin, relation })).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(listEditorFacts({ actor: testAdmin, author: "\u0000" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(listAuditLog({ actor: testAdmin, type: "\u0000" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(listAuditLog({ actor: testAdmin, actorName: "a\u0000" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuse an audit cursor beyond the largest event id", async () => {
    await expect(listAuditLog({ actor: testAdmin, before: "99999999999999999999" })).rejects.toMatchObject({
      code: "INVALID",
    });
    // The largest one is an ordinary cursor (control).
    await expect(listAuditLog({ actor: testAdmin, before: "9223372036854775807" })).resolves.toBeDefined();
  });
});
