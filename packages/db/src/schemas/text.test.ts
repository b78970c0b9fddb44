import { ZFactContent, ZNote } from "@dyad/core/schemas/fact";
import { describe, expect, it } from "vitest";
import { ZCreateUserRequest } from "../users/schemas";

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

describe("hidden characters", () => {
  const statement = (text: string) =>
    ZFactContent.safeParse({ kind: "GENERAL", section: "other", data: {}, statement: text });

  it("refuse bidi controls and zero-width spaces in statements, structured text and notes", () => {
    for (const hidden of [
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u202E",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200B",
      "\u2060",
      "\uFEFF",
    ]) {
      const result = statement(`Canada ${hidden}and Azerbaijan`);
      expect(result.success, `U+${hidden.codePointAt(0)?.toString(16)}`).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^Text cannot contain invisible direction controls/);
      expect(
        ZFactContent.safeParse({ kind: "GENERAL", section: "other", data: { topic: `x${hidden}y` }, statement: "ok" })
          .success,
      ).toBe(false);
      expect(ZNote.safeParse(`fi${hidden}xed`).success).toBe(false);
      expect(ZCreateUserRequest.shape.name.safeParse(`Ann${hidden}e`).success).toBe(false);
    }
  });

  it("allow the joiners that Persian and other scripts spell with", () => {
    expect(statement("کانادا و جمهوری آذربایجان: سری\u200cلانکا").success).toBe(true);
    expect(statement("क्\u200dष and 👩\u200d💻").success).toBe(true);
    expect(ZCreateUserRequest.shape.name.safeParse("مک\u200cدونالد").success).toBe(true);
  });
});
