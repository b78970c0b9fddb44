import type { TAmount } from "@dyad/core/schemas/fact-data";
import { firstDay, lastDay } from "@dyad/core/schemas/partial-date";
import { formatValidTime } from "../lib/format-valid-time";
import type { RevisionView } from "../read-model/revision-view";
import { countryName, UNIT_FACTORS } from "./labels";

type Flow = "EXPORTS" | "IMPORTS" | "TURNOVER";

export interface TradeRow {
  factId: string;
  /** Goods move from → to; both null for turnover (both directions together). */
  from: string | null;
  to: string | null;
  flow: Flow;
  reporter: string;
  reportedBy: string | null;
  period: string;
  /** The calendar year the figure covers, when it covers exactly one. */
  year: number | null;
  /** In currency units (the amount times its unit), null when unreadable. */
  value: number | null;
  currency: string;
  asReported: string;
  /** Why the figure is not drawn in the chart (null: it is). */
  notPlotted: null | "unreadable" | "not a calendar year" | "other currency" | "superseded";
  seriesKey: string;
}

export interface TradeSeries {
  key: string;
  label: string;
  from: string | null;
  to: string | null;
  reporter: string;
  points: { year: number; value: number; factId: string }[];
}

/** The calendar year a valid time covers exactly (2008, or 2008-01..2008-12), else null. */
function calendarYear(t: { start: string | null; end: string | null }): number | null {
  if (!t.start || !t.end || t.start.slice(0, 4) !== t.end.slice(0, 4)) return null;
  const first = firstDay(t.start);
  const last = lastDay(t.end);
  const whole =
    first.getUTCMonth() === 0 && first.getUTCDate() === 1 && last.getUTCMonth() === 11 && last.getUTCDate() === 31;
  return whole ? first.getUTCFullYear() : null;
}

/**
 * Trade figures of a relation drawn from its TRADE_FIGURE facts: every figure as a table row,
 * and yearly series per direction (and per reporting country, since the two sides' statistics
 * rarely agree) in the most used currency. Part-year figures stay in the table only: drawn
 * beside yearly totals they would read as a collapse in trade.
 */
export function tradeFigures(facts: RevisionView[]) {
  const trade = facts.filter((f) => f.kind === "TRADE_FIGURE");
  const rows: TradeRow[] = trade.map((f) => {
    const d = f.data as { reporter: string; partner: string; flow: Flow; amount: TAmount; reportedBy?: string };
    const [from, to] =
      d.flow === "EXPORTS" ? [d.reporter, d.partner] : d.flow === "IMPORTS" ? [d.partner, d.reporter] : [null, null];
    return {
      factId: f.factId,
      from,
      to,
      flow: d.flow,
      reporter: d.reporter,
      reportedBy: d.reportedBy ?? null,
      period: formatValidTime(f.validTime) || "Undated",
      year: calendarYear(f.validTime),
      value: d.amount.value === null ? null : d.amount.value * UNIT_FACTORS[d.amount.unit],
      currency: d.amount.currency,
      asReported: d.amount.asReported,
      notPlotted: null,
      seriesKey: `${from ?? "both"}>${to ?? "both"}:${d.reporter}`,
    };
  });

  const currencies = new Map<string, number>();
  for (const r of rows) currencies.set(r.currency, (currencies.get(r.currency) ?? 0) + 1);
  const currency = [...currencies].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

  const series = new Map<string, TradeSeries>();
  for (const row of rows) {
    if (row.value === null) row.notPlotted = "unreadable";
    else if (row.year === null) row.notPlotted = "not a calendar year";
    else if (row.currency !== currency) row.notPlotted = "other currency";
    if (row.notPlotted || row.value === null || row.year === null) continue;
    const s = series.get(row.seriesKey) ?? {
      key: row.seriesKey,
      label: "",
      from: row.from,
      to: row.to,
      reporter: row.reporter,
      points: [],
    };
    // Two figures for one year and series: the later fact in page order wins, the other is listed.
    const clash = s.points.findIndex((p) => p.year === row.year);
    if (clash >= 0) {
      const old = rows.find((r) => r.factId === s.points[clash]?.factId);
      if (old) old.notPlotted = "superseded";
      s.points.splice(clash, 1);
    }
    s.points.push({ year: row.year, value: row.value, factId: row.factId });
    series.set(row.seriesKey, s);
  }

  const list = [...series.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const s of list) {
    s.points.sort((a, b) => a.year - b.year);
    const direction = s.from && s.to ? `${countryName(s.from)} to ${countryName(s.to)}` : "Total trade (turnover)";
    const sameDirection = list.filter((o) => o.from === s.from && o.to === s.to).length > 1;
    s.label = sameDirection ? `${direction}, as reported by ${countryName(s.reporter)}` : direction;
  }
  return { currency, series: list, rows };
}
export type TradeFigures = ReturnType<typeof tradeFigures>;
