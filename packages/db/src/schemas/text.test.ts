import { describe, expect, it } from "vitest";
import { ZFactContent } from "./fact";

describe("text fields", () => {
  it("refuse NUL characters with a clear message instead of failing in the database", () => {
    const result = ZFactContent.safeParse({ kind: "GENERAL", section: "other", data: {}, statement: "Bad\u0000text" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Text cannot contain NUL characters");
    expect(
      ZFactContent.safeParse({ kind: "GENERAL", section: "other", data: { topic: "x\u0000" }, statement: "ok" })
        .success,
    ).toBe(false);
  });
});
