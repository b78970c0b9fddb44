import { slugify } from "@dyad/core/slugify";
import type { Draft } from "./extract-facts";

// Import keys: `<heading path>/<kind>/<identity>`, e.g.
//   "economic-relations/trade-figure/imports-ca-2008"
//   "resident-diplomatic-missions/mission/ca-tr-embassy"
//   "background.friendship-group/parliamentary-group/established-2000"
//   "cultural-relations/general/n1"
// The identity comes from what the fact *is* — its countries, flow, mission type, the year of
// its date — never from its wording, so a re-import of an article whose sentence was reworded
// finds the same key and revises that fact. Facts with nothing stable to tell them apart (an
// undated cultural event, an untyped GENERAL text) are numbered in order within their section
// and kind ("n1", "n2", or "undated", "undated~2"). Should two facts of a section still share an
// identity, the later ones get "~2", "~3": keys are unique within an article.

const headingSlug = (heading: string) =>
  heading
    .split(" › ")
    .map((h) => slugify(h) || "section")
    .join(".");

export function assignImportKeys(drafts: Draft[]): string[] {
  const counts = new Map<string, number>();
  const ordinals = new Map<string, number>();
  const keys = new Set<string>();
  return drafts.map((d) => {
    const base = `${headingSlug(d.heading)}/${d.kind.toLowerCase().replace(/_/g, "-")}`;
    let identity = slugify(d.identity);
    if (!identity) {
      const n = (ordinals.get(base) ?? 0) + 1;
      ordinals.set(base, n);
      identity = `n${n}`;
    }
    const plain = `${base}/${identity}`;
    let key = plain;
    for (let n = counts.get(plain) ?? 1; keys.has(key); n++) {
      key = `${plain}~${n + 1}`;
      counts.set(plain, n + 1);
    }
    keys.add(key);
    return key;
  });
}
