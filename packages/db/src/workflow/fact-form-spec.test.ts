import { describe, expect, it } from "vitest";
import { factFormSpec } from "./fact-form-spec";

describe("fact form spec", () => {
  it("describes each kind's fields from its zod schema", () => {
    const trade = factFormSpec("TRADE_FIGURE");
    expect(trade.map((f) => [f.key, f.spec.type, f.required])).toEqual([
      ["reporter", "country", true],
      ["partner", "country", true],
      ["flow", "enum", true],
      ["amount", "group", true],
      ["reportedBy", "text", false],
    ]);
    const amount = trade.find((f) => f.key === "amount")?.spec;
    expect(amount?.type === "group" && amount.fields.map((f) => [f.key, f.spec.type])).toEqual([
      ["value", "number"],
      ["currency", "currency"],
      ["unit", "enum"],
      ["asReported", "text"],
    ]);
  });

  it("knows lists, dates and fields with defaults", () => {
    const agreement = factFormSpec("AGREEMENT");
    expect(agreement.find((f) => f.key === "parties")).toMatchObject({
      required: true,
      spec: { type: "list", min: 2, item: { type: "country" } },
    });
    expect(agreement.find((f) => f.key === "signedOn")?.spec).toEqual({ type: "date" });
    // people default to [] and subject to "independence": neither must be filled in.
    expect(factFormSpec("VISIT").find((f) => f.key === "people")?.required).toBe(false);
    expect(factFormSpec("RECOGNITION").find((f) => f.key === "subject")?.required).toBe(false);
  });
});
