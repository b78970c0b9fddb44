import { ALPHA2_BY_NUMERIC, type PublicCountry } from "@dyad/db";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { formatDay, plural } from "../lib/format";
import { routes } from "../lib/routes";

// The world's outlines, projected once per process: every country page colours the same paths.
// world-atlas (Natural Earth 1:110m) names countries by ISO 3166-1 numeric code.
const WIDTH = 960;
const HEIGHT = 470;
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features;
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
// Whole pixels of a 960-wide map: a third less markup than one decimal, no visible difference.
const draw = geoPath(projection).digits(0);
const OUTLINES = countries.flatMap((f) => {
  const d = draw(f);
  const code = f.id === undefined ? undefined : ALPHA2_BY_NUMERIC.get(String(f.id));
  return d ? [{ key: String(f.id ?? f.properties.name), code, d }] : [];
});

/** Five shades for the number of facts, light to dark: classes map-shade-0..4 in pages.css (no inline styles under the CSP). */
const SHADES = [0, 1, 2, 3, 4];

/** Bins of fact counts: 1, 2–4, 5–9, 10–24, 25 and more. */
const BINS = [1, 2, 5, 10, 25];
const shade = (n: number) =>
  `map-shade-${Math.max(
    0,
    BINS.findLastIndex((b) => n >= b),
  )}`;
const binLabel = (i: number) => {
  const low = BINS[i] as number;
  const next = BINS[i + 1];
  return next === undefined ? `${low} or more` : next - 1 === low ? `${low}` : `${low}–${next - 1}`;
};

/**
 * A world map of a country's relations, drawn as SVG on the server (no client script): each
 * partner coloured by its number of published facts and a link to the relation (a keyboard
 * stop with its name and count for screen readers), the country itself marked. The table
 * after it says the same in rows, for readers who cannot use the map.
 */
export function RelationMap({ page }: { page: PublicCountry }) {
  const { country, relations } = page;
  const byCode = new Map(relations.flatMap((r) => (r.partner ? [[r.partner.code, r] as const] : [])));
  const partners = OUTLINES.filter((o) => o.code && byCode.has(o.code));
  return (
    <figure className="relation-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG holding links is a group; a fieldset cannot draw it */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby="map-title" aria-describedby="map-desc">
        <title id="map-title">{`Map of ${country.name}’s relations`}</title>
        <desc id="map-desc">
          {`${plural(relations.length, "country")} with published facts about their relations with ${country.name}, darker for more facts. Each is a link; the table below lists the same.`}
        </desc>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: plain paths, nothing in this group is focusable */}
        <g aria-hidden="true">
          {OUTLINES.filter((o) => !o.code || !byCode.has(o.code)).map((o) => (
            <path key={o.key} d={o.d} className={o.code === country.code ? "map-home" : "map-other"} />
          ))}
        </g>
        {partners.map((o) => {
          const relation = byCode.get(o.code as string);
          if (!relation) return null;
          const label = `${relation.partner?.name}: ${plural(relation.publishedFacts, "fact")}`;
          return (
            <a key={o.key} href={routes.relation(relation.slug)} aria-label={label}>
              <path d={o.d} className={`map-partner ${shade(relation.publishedFacts)}`}>
                <title>{label}</title>
              </path>
            </a>
          );
        })}
      </svg>
      <figcaption>
        <ul className="map-legend flat-list" aria-label="Legend">
          <li>
            <span className="swatch map-home-swatch" aria-hidden="true" /> {country.name}
          </li>
          {SHADES.map((i) => (
            <li key={i}>
              <span className={`swatch map-shade-${i}`} aria-hidden="true" /> {binLabel(i)} facts
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The map's fallback and a reader's index: every partner with its facts and last update. */
export function RelationTable({ page }: { page: PublicCountry }) {
  const { country, relations } = page;
  return (
    <div className="table-scroll">
      <table className="relation-table">
        <caption>{`Relations of ${country.name} with published facts`}</caption>
        <thead>
          <tr>
            <th scope="col">With</th>
            <th scope="col">Facts</th>
            <th scope="col">Last updated</th>
          </tr>
        </thead>
        <tbody>
          {relations.map((r) => (
            <tr key={r.slug}>
              <th scope="row">
                <a href={routes.relation(r.slug)}>{r.partner?.name}</a>
              </th>
              <td>{r.publishedFacts}</td>
              <td>
                <time dateTime={r.updatedAt}>{formatDay(r.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
