import type { RevisionView } from "../read-model/revision-view";

/** A revision view for unit tests of the public derivations (no database). */
export function view(overrides: Partial<RevisionView> & Pick<RevisionView, "kind">): RevisionView {
  return {
    factId: overrides.factId ?? `fact-${Math.random().toString(36).slice(2)}`,
    revisionId: `rev-${Math.random().toString(36).slice(2)}`,
    number: 1,
    parentId: null,
    section: "other",
    data: {},
    statement: "A statement.",
    validTime: { start: null, end: null },
    sources: [],
    authorName: "Test",
    note: "n",
    contentHash: "h",
    createdAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

export const trade = (
  factId: string,
  flow: "EXPORTS" | "IMPORTS" | "TURNOVER",
  start: string,
  end: string,
  value: number | null,
  extra: { reporter?: string; partner?: string; currency?: string; unit?: string } = {},
) =>
  view({
    factId,
    kind: "TRADE_FIGURE",
    section: "economy",
    validTime: { start, end },
    data: {
      reporter: extra.reporter ?? "CA",
      partner: extra.partner ?? "AZ",
      flow,
      amount: {
        value,
        unit: extra.unit ?? "MILLION",
        currency: extra.currency ?? "USD",
        asReported: `$${value} million`,
      },
    },
  });
