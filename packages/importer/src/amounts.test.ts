import { describe, expect, it } from "vitest";
import { findAmounts, parseNumber } from "./amounts";

const one = (text: string) => {
  const [amount, ...rest] = findAmounts(text);
  expect(rest).toEqual([]);
  return amount && { value: amount.value, unit: amount.unit, currency: amount.currency, asReported: amount.asReported };
};

describe("findAmounts", () => {
  it.each([
    ["amounted $19.713 million.", { value: 19.713, unit: "MILLION", currency: "USD", asReported: "$19.713 million" }],
    ["down from $1.2 billion in 2009", { value: 1.2, unit: "BILLION", currency: "USD", asReported: "$1.2 billion" }],
    ["was $2.47 million $ during", { value: 2.47, unit: "MILLION", currency: "USD", asReported: "$2.47 million $" }],
    ["reached €3.5bn", { value: 3.5, unit: "BILLION", currency: "EUR", asReported: "€3.5bn" }],
    ["reached EUR 120 thousand", { value: 120, unit: "THOUSAND", currency: "EUR", asReported: "EUR 120 thousand" }],
    [
      "totalled 172.8 billion euros in",
      { value: 172.8, unit: "BILLION", currency: "EUR", asReported: "172.8 billion euros" },
    ],
    ["C$5 million", { value: 5, unit: "MILLION", currency: "CAD", asReported: "C$5 million" }],
    [
      "5 million Canadian dollars",
      { value: 5, unit: "MILLION", currency: "CAD", asReported: "5 million Canadian dollars" },
    ],
    ["£4.5m", { value: 4.5, unit: "MILLION", currency: "GBP", asReported: "£4.5m" }],
    ["1,234,567 USD", { value: 1234567, unit: "ONE", currency: "USD", asReported: "1,234,567 USD" }],
    ["2,5 million manat", { value: 2.5, unit: "MILLION", currency: "AZN", asReported: "2,5 million manat" }],
    ["€1.234.567", { value: 1234567, unit: "ONE", currency: "EUR", asReported: "€1.234.567" }],
    ["$2 trillion", { value: 2000, unit: "BILLION", currency: "USD", asReported: "$2 trillion" }],
  ])("%s", (text, amount) => {
    expect(one(text)).toEqual(amount);
  });

  it("keeps a malformed figure as reported, without a value", () => {
    const [amount] = findAmounts("Canada's total import from Azerbaijan reached $1.168.295 billion.");
    expect(amount).toMatchObject({ value: null, unit: "BILLION", currency: "USD", asReported: "$1.168.295 billion" });
    expect(amount?.malformed).toMatch(/2 decimal points/);
  });

  it("ignores numbers without a currency", () => {
    expect(findAmounts("about 170 Azerbaijani young people in 2015, 11 other states")).toEqual([]);
  });

  it("reads grouping and decimal separators", () => {
    expect(parseNumber("12,500", false).value).toBe(12500);
    expect(parseNumber("12,5", true).value).toBe(12.5);
    expect(parseNumber("1.234.567,8", false).value).toBe(1234567.8);
    expect(parseNumber("1.2.3", true).value).toBeNull();
  });
});

describe("ambiguous number formats", () => {
  it.each([
    ["trade reached $2,345 million in 2012", "2345", "2.345"],
    ["exports of 1,250 billion roubles", "1250", "1.25"],
    ["€1.234 in fees", "1.234", "1234"],
    ["imports worth EUR 4.500 last year", "4.5", "4500"],
  ])("%s: no value guessed, both readings given", (text, a, b) => {
    const [amount] = findAmounts(text);
    expect(amount?.value).toBeNull();
    expect(amount?.malformed).toContain(`ambiguous: ${a} if`);
    expect(amount?.malformed).toContain(`, ${b} if`);
  });

  it.each([
    ["$19.713 million", 19.713],
    ["12,500 dollars", 12500],
    ["€1.234.567", 1234567],
    ["2,5 million manat", 2.5],
    ["$1,234,567.50", 1234567.5],
    ["£3.25", 3.25],
  ])("%s is read one way only", (text, value) => {
    expect(findAmounts(text)[0]?.value).toBe(value);
  });
});
