import { formatMoney, type TradeFigures } from "@dyad/db";
import { scaleLinear, scaleLog } from "d3-scale";
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from "d3-shape";

// Two drawings of one chart: SVG text scales with the drawing, so a phone gets one drawn for its
// width instead of a wide one shrunk to unreadable labels (CSS shows one, hides the other).
export const LAYOUTS = {
  wide: { width: 640, height: 300, left: 72, maxYearTicks: 8 },
  narrow: { width: 340, height: 260, left: 58, maxYearTicks: 4 },
};
const MARGIN = { top: 16, right: 16, bottom: 36 };
// Colour is never the only difference between series: each has its own dash and marker too.
export const SERIES_STYLES = [
  { color: "#0b5cad", dash: undefined, shape: symbolCircle },
  { color: "#a34700", dash: "7 4", shape: symbolSquare },
  { color: "#2d7a32", dash: "2 4", shape: symbolTriangle },
  { color: "#6a1b9a", dash: "9 3 2 3", shape: symbolDiamond },
];
export const styleOf = (i: number) => SERIES_STYLES[i % SERIES_STYLES.length] ?? SERIES_STYLES[0];

type Point = { year: number; value: number };
const compact = (value: number, currency: string) =>
  formatMoney(value, currency, { notation: "compact", maximumFractionDigits: 1 });

/**
 * Trade by year, one line per direction, drawn on the server as SVG (no client JavaScript).
 * Figures spanning more than 50× use a logarithmic scale, so a small flow is not a flat line at
 * zero beside a large one; the caption says so. The table below the chart has every figure.
 */
export function TradeChart({
  figures,
  id,
  layout,
}: {
  figures: TradeFigures;
  id: string;
  layout: keyof typeof LAYOUTS;
}) {
  const { width: WIDTH, height: HEIGHT, left, maxYearTicks } = LAYOUTS[layout];
  const { series, currency } = figures;
  const points = series.flatMap((s) => s.points);
  if (points.length === 0 || !currency) return null;

  const years = points.map((p) => p.year);
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
  const x = scaleLinear()
    // Half a year of room on each side, so the first and last markers clear the axis.
    .domain(firstYear === lastYear ? [firstYear - 1, lastYear + 1] : [firstYear - 0.4, lastYear + 0.4])
    .range([left, WIDTH - MARGIN.right]);
  const values = points.map((p) => p.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const logarithmic = usesLogScale(figures);
  const bottom = HEIGHT - MARGIN.bottom;
  const y = logarithmic
    ? scaleLog()
        .domain([low / 1.5, high * 1.5])
        .range([bottom, MARGIN.top])
    : scaleLinear()
        .domain([0, high > 0 ? high * 1.1 : 1])
        .range([bottom, MARGIN.top])
        .nice();
  const yTicks = logarithmic ? logTicks(y.ticks()) : y.ticks(5);
  const span = lastYear - firstYear;
  const xTicks = x.ticks(Math.min(Math.max(span, 1), maxYearTicks)).filter(Number.isInteger);

  // Missing years break a line rather than draw a trend nobody reported.
  const path = line<Point | null>()
    .defined((p) => p !== null)
    .x((p) => x((p as Point).year))
    .y((p) => y((p as Point).value));
  const withGaps = (pts: Point[]) => {
    const byYear = new Map(pts.map((p) => [p.year, p]));
    const first = pts[0]?.year ?? 0;
    const last = pts.at(-1)?.year ?? 0;
    return Array.from({ length: last - first + 1 }, (_, i) => byYear.get(first + i) ?? null);
  };
  const description = series
    .map((s) => `${s.label}: ${s.points.map((p) => `${compact(p.value, currency)} in ${p.year}`).join(", ")}.`)
    .join(" ");

  // Each <title> holds one string: React hydrates one with several text children as a mismatch (#418).
  return (
    <svg
      className={`trade-chart ${layout}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{`Trade by year in ${currency}`}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g className="axis">
        {yTicks.map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x1={left} x2={WIDTH - MARGIN.right} className="grid" />
            <text x={left - 8} dy="0.32em" textAnchor="end">
              {compact(t, currency)}
            </text>
          </g>
        ))}
        <line x1={left} x2={WIDTH - MARGIN.right} y1={bottom} y2={bottom} className="baseline" />
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={bottom + 22} textAnchor="middle">
            {t}
          </text>
        ))}
      </g>
      {series.map((s, i) => {
        const style = styleOf(i);
        return (
          <g key={s.key} className="series" stroke={style?.color} fill={style?.color}>
            <path d={path(withGaps(s.points)) ?? ""} fill="none" strokeWidth={2.5} strokeDasharray={style?.dash} />
            {s.points.map((p) => (
              <path
                key={p.year}
                d={symbol(style?.shape ?? symbolCircle, 70)() ?? ""}
                transform={`translate(${x(p.year)},${y(p.value)})`}
              >
                <title>{`${s.label}, ${p.year}: ${compact(p.value, currency)}`}</title>
              </path>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** Whether the chart of these figures uses a logarithmic scale (they span more than 50×). */
export function usesLogScale(figures: TradeFigures): boolean {
  const values = figures.series.flatMap((s) => s.points.map((p) => p.value));
  const low = Math.min(...values);
  return low > 0 && Math.max(...values) / low > 50;
}

/** Log-scale ticks at 1, 2 and 5 times a power of ten (only powers of ten over a wide span). */
function logTicks(ticks: number[]): number[] {
  const mantissa = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t)));
  const some = ticks.filter((t) => [1, 2, 5].includes(mantissa(t)));
  return some.length > 8 ? ticks.filter((t) => mantissa(t) === 1) : some;
}

/** The same chart's key, as HTML text (readable at any zoom, unlike text inside the SVG). */
export function TradeLegend({ figures }: { figures: TradeFigures }) {
  return (
    <ul className="flat-list legend">
      {figures.series.map((s, i) => {
        const style = styleOf(i);
        return (
          <li key={s.key}>
            <svg width="34" height="14" aria-hidden="true" focusable="false">
              <line
                x1="2"
                x2="32"
                y1="7"
                y2="7"
                stroke={style?.color}
                strokeWidth="2.5"
                strokeDasharray={style?.dash}
              />
              <path
                d={symbol(style?.shape ?? symbolCircle, 50)() ?? ""}
                transform="translate(17,7)"
                fill={style?.color}
              />
            </svg>
            {s.label}
          </li>
        );
      })}
    </ul>
  );
}
