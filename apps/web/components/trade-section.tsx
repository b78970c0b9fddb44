import { countryName, formatMoney, type TradeFigures, type TradeRow } from "@dyad/db";
import { TradeChart, TradeLegend, usesLogScale } from "./trade-chart";

const direction = (r: TradeRow) =>
  r.from && r.to ? `${countryName(r.from)} to ${countryName(r.to)}` : "Both directions (turnover)";
const NOT_PLOTTED: Record<NonNullable<TradeRow["notPlotted"]>, string> = {
  unreadable: "No: the amount could not be read",
  "not a calendar year": "No: covers part of a year",
  "other currency": "No: another currency",
  superseded: "No: another figure for that year is drawn",
};

/**
 * Trade figures of the relation, from its TRADE_FIGURE facts: the chart with its key, then
 * every figure in a table (the chart's text alternative), each linked to its fact.
 */
export function TradeSection({ figures, level }: { figures: TradeFigures; level: 2 | 3 }) {
  if (figures.rows.length === 0) return null;
  const Heading = level === 2 ? "h2" : "h3";
  const plotted = figures.series.length > 0;
  const logarithmic = plotted && usesLogScale(figures);
  return (
    <section aria-labelledby="trade" className="trade">
      <Heading id="trade">Trade over the years</Heading>
      {plotted && (
        <figure className="chart" aria-labelledby="trade-caption">
          <div className="chart-frame">
            <TradeChart figures={figures} id="trade-chart-wide" layout="wide" />
            <TradeChart figures={figures} id="trade-chart-narrow" layout="narrow" />
          </div>
          <figcaption id="trade-caption">
            <TradeLegend figures={figures} />
            <span className="muted">
              Yearly figures in {figures.currency}, as the cited facts report them
              {logarithmic ? "; logarithmic scale (each step multiplies)" : ""}. All figures are in the table below.
            </span>
          </figcaption>
        </figure>
      )}
      <div className="table-frame">
        <table className="data">
          <caption id="trade-table-caption">Trade figures cited on this page</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Direction</th>
              <th scope="col">Amount</th>
              <th scope="col">Reported by</th>
              <th scope="col">In the chart</th>
            </tr>
          </thead>
          <tbody>
            {figures.rows.map((r) => (
              <tr key={r.factId}>
                <td>
                  <a href={`#fact-${r.factId}`}>{r.period}</a>
                </td>
                <td>{direction(r)}</td>
                <td className="number">
                  {r.value === null
                    ? r.asReported
                    : formatMoney(r.value, r.currency, { notation: "compact", maximumFractionDigits: 3 })}
                </td>
                <td>{r.reportedBy ?? countryName(r.reporter)}</td>
                <td>{r.notPlotted ? NOT_PLOTTED[r.notPlotted] : "Yes"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
