import { randomBytes } from "node:crypto";
import { type Actor, createFact, publishFact, reviseFact } from "@dyad/db";
import axe from "axe-core";
import type { Page } from "playwright-core";
import { generalFact } from "./factories";

/** Accessibility violations axe-core finds on the page as it is now (an empty list is a pass). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A fact created and published at once; returns its id and first revision. */
export async function publishedFact(relationId: string, content: ReturnType<typeof generalFact>, actor: Actor) {
  const created = await createFact({ relationId, content, note: "Added for a test", actor });
  await publishFact({ factId: created.factId, actor });
  return created;
}

/** Save a new draft of a fact and publish it. */
export async function publishEdit(
  fact: { factId: string; revisionId: string },
  content: ReturnType<typeof generalFact>,
  actor: Actor,
  note = "Edited for a test",
) {
  const { revision } = await reviseFact({
    factId: fact.factId,
    expectedRevisionId: fact.revisionId,
    content,
    note,
    actor,
  });
  await publishFact({ factId: fact.factId, actor });
  return revision;
}

/** An instant strictly between what happened before and what happens after the call. */
export async function instantBetween(): Promise<string> {
  await new Promise((r) => setTimeout(r, 15));
  const at = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 15));
  return at;
}

/** A TRADE_FIGURE fact's content: one year, one direction, in millions of US dollars. */
export function tradeFact(options: {
  reporter: string;
  partner: string;
  flow: "EXPORTS" | "IMPORTS";
  year: number;
  millions: number;
}) {
  return {
    ...generalFact(`In ${options.year} the ${options.flow.toLowerCase()} were $${options.millions} million.`),
    kind: "TRADE_FIGURE",
    section: "economy",
    validTime: { start: String(options.year) },
    data: {
      reporter: options.reporter,
      partner: options.partner,
      flow: options.flow,
      amount: { value: options.millions, unit: "MILLION", currency: "USD", asReported: `$${options.millions} million` },
    },
  } as unknown as ReturnType<typeof generalFact>;
}

/**
 * A made-up word nobody else's test uses: the prefix and random letters up to 18 characters, long
 * enough that one wrong letter is still a near match and that other tests' random words share
 * too few of its trigrams to be one (the letters of unique() alone could be as few as two).
 */
export const uniqueWord = (prefix: string) =>
  `${prefix}${Array.from(randomBytes(18), (b) => String.fromCharCode(97 + (b % 26))).join("")}`.slice(0, 18);

export async function fetchText(url: string) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}
