import wtf from "wtf_wikipedia";

// MediaWiki wikitext (as exported from Wikipedia) into the plain article form the analyzer reads
// ("= Title =", "== Section ==", paragraphs, "- " list items, a References section of numbered
// notes), through wtf_wikipedia rather than hand-written patterns. Every <ref> becomes a note
// marker [n] where it stood, so the sentence cites it (references.ts); citation templates keep
// their fields. The infobox's countries, missions and envoys and every table row become
// sentences, and so facts, with the notes their cells carry.

/** Whether a text is wikitext rather than the plain form: links, bold, refs or templates. */
export function isWikitext(text: string): boolean {
  const head = text.slice(0, 200_000);
  if (/'''|<ref[\s>]|\{\{\s*infobox/i.test(head)) return true;
  // The plain form (a "= Title =" first line) may carry [[Category:…]] lines; without it, links mean wikitext.
  const first = head.split("\n", 5).find((l) => l.trim()) ?? "";
  return !/^\s*=[^=].*[^=]=\s*$/.test(first) && head.includes("[[");
}

interface Note {
  key: string;
  body: string;
}

/** Replace each <ref>…</ref> and <ref name=…/> by " [n]" (a reused name keeps its number). */
export function markReferences(text: string): { text: string; notes: Note[] } {
  const notes: Note[] = [];
  const byName = new Map<string, string>();
  let out = "";
  let at = 0;
  const lower = text.toLowerCase();
  for (let open = lower.indexOf("<ref", at); open >= 0; open = lower.indexOf("<ref", at)) {
    const next = lower[open + 4];
    if (next !== ">" && next !== " " && next !== "\t") {
      out += text.slice(at, open + 4);
      at = open + 4;
      continue;
    }
    const tagEnd = text.indexOf(">", open);
    if (tagEnd < 0) break;
    const tag = text.slice(open, tagEnd + 1);
    const name = /name\s*=\s*["']?([^"'/>]+)/i.exec(tag)?.[1]?.trim();
    const selfClosing = tag.endsWith("/>");
    const close = selfClosing ? -1 : lower.indexOf("</ref>", tagEnd);
    const body = selfClosing ? "" : text.slice(tagEnd + 1, close < 0 ? text.length : close);
    let key = name ? byName.get(name) : undefined;
    if (!key && (body.trim() || !selfClosing)) {
      key = String(notes.length + 1);
      notes.push({ key, body });
      if (name) byName.set(name, key);
    }
    out += `${text.slice(at, open).trimEnd()}${key ? `[${key}]` : ""}`;
    at = selfClosing ? tagEnd + 1 : close < 0 ? text.length : close + "</ref>".length;
  }
  return { text: out + text.slice(at), notes };
}

/** One note as a line of the References section: a {{cite}} template when the ref held one. */
function noteLine(note: Note): string {
  const doc = wtf(note.body);
  const cite = doc.citations()[0]?.json() as Record<string, unknown> | undefined;
  const plain = doc.text().replace(/\s+/g, " ").trim();
  if (cite && (cite.title || cite.url)) {
    const fields = ["url", "title", "publisher", "work", "website", "date", "access-date", "accessdate"]
      .filter((f) => typeof cite[f] === "string" && cite[f])
      .map((f) => `|${f}=${String(cite[f]).replace(/[|{}]/g, " ")}`);
    const type = String(cite.type ?? "web").replace(/^cite\s+/i, "");
    return `[${note.key}] {{cite ${type} ${fields.join(" ")}}}`;
  }
  const url = /https?:\/\/[^\s\]|]+/.exec(note.body)?.[0];
  return `[${note.key}] ${plain || url || "Unnamed reference"}${url && !plain.includes(url) ? ` ${url}` : ""}`;
}

type Cell = { text?: string };
type Row = Record<string, Cell>;

const cellText = (cell: Cell | undefined) => (cell?.text ?? "").replace(/\s+/g, " ").trim();
const column = (row: Row, pattern: RegExp) => Object.keys(row).find((k) => pattern.test(k));

/**
 * A table row as a sentence the extractors read: a visit ("<visitor> visited <place> on
 * <date>"), a trade figure per flow column ("In 2019, Chilean exports to Peru were US$120
 * million"), else "<header>: <value>; …".
 */
export function rowSentences(cells: Row, heading: string, caption = ""): string[] {
  // The notes a row's cells carry go to the end of its sentence.
  const marks: string[] = [];
  const row: Row = {};
  for (const [k, c] of Object.entries(cells)) {
    const text = cellText(c);
    marks.push(...(text.match(/\[\d{1,4}\]/g) ?? []));
    row[k] = { text: text.replace(/\[\d{1,4}\]/g, "").trim() };
  }
  return rowSentencesOf(row, heading, caption).map((s) => `${s}${marks.join("")}`);
}

function rowSentencesOf(row: Row, heading: string, caption: string): string[] {
  const date = column(row, /date|year|when|period/i);
  const who = column(row, /visitor|guest|leader|official|delegation|head|person|who|name/i);
  const place = column(row, /place|city|location|destination|venue|host/i);
  const purpose = column(row, /purpose|occasion|notes?|type|reason/i);
  const dateText = date ? cellText(row[date]) : "";
  const on = /^\d{4}$/.test(dateText) ? `in ${dateText}` : dateText ? `on ${dateText}` : "";
  if (who && dateText && (/visit/i.test(heading) || place)) {
    const where = place && cellText(row[place]) ? ` ${cellText(row[place])}` : "";
    const why = purpose && cellText(row[purpose]) ? ` (${cellText(row[purpose])})` : "";
    return [`${cellText(row[who])} visited${where || " the country"} ${on}${why}.`.replace(/\s+/g, " ")];
  }
  const flows = Object.keys(row).filter((k) => /export|import|trade|turnover/i.test(k));
  if (date && flows.length > 0) {
    return flows
      .filter((k) => cellText(row[k]))
      .map(
        (k) =>
          `${on.replace(/^on /, "On ").replace(/^in /, "In ")}, ${flowName(k)} were ${withUnit(cellText(row[k]), k, caption)}.`,
      );
  }
  const parts = Object.entries(row)
    .filter(([, c]) => cellText(c))
    .map(([k, c]) => `${k.replace(/^col-?\d+$/i, "").trim() ? `${k}: ` : ""}${cellText(c)}`);
  return parts.length ? [`${parts.join("; ")}.`] : [];
}

/** "Chilean exports to Peru (US$ million)" → "Chilean exports to Peru". */
const flowName = (header: string) => {
  const { before } = trailingParenthesis(header);
  return before;
};

/** "Exports (US$ million)" → before "Exports", inside "US$ million" (no expression: linear on any header). */
function trailingParenthesis(header: string): { before: string; inside: string } {
  const t = header.trimEnd();
  const open = t.endsWith(")") ? t.lastIndexOf("(") : -1;
  if (open < 0) return { before: t.trim(), inside: "" };
  return { before: t.slice(0, open).trim(), inside: t.slice(open + 1, -1) };
}

/**
 * A cell read with the unit its header gives: "120" under "(US$ million)" → "US$120 million"; a
 * header without one takes the table caption's ("Trade between A and B (€ million)").
 */
function withUnit(value: string, header: string, caption: string): string {
  const unit = trailingParenthesis(header).inside || trailingParenthesis(caption).inside;
  if (!unit || /[$€£¥]|\b[A-Z]{3}\b/.test(value)) return value;
  // English tables group digits with commas ("1,520" under "US$ million" is 1520 million).
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(value)) value = value.replace(/,/g, "");
  const symbol = /\b[A-Z]{1,3}\$|\$|€|£|¥|\b[A-Z]{3}\b/.exec(unit)?.[0] ?? "";
  const scale = /\b(thousand|million|billion|mln|bn)\b/i.exec(unit)?.[1] ?? "";
  return `${symbol}${value}${scale ? ` ${scale}` : ""}`.trim();
}

/** A table's caption (its "|+" line), which wtf_wikipedia drops from the rows. */
function captionOf(wiki: string): string {
  const line = wiki.split("\n").find((l) => l.trimStart().startsWith("|+"));
  // "|+ style="…" | Trade (€ million)": the caption is after its attributes.
  return ((line ?? "").trim().slice(2).split("|").pop() ?? "").trim();
}

interface Infobox {
  get(key: string): { text(): string } | null;
  json(): Record<string, { text?: string }>;
}

/** The infobox of a bilateral relation: its missions and envoys, as sentences. */
function infoboxSentences(box: Infobox): string[] {
  const data = box.json();
  const field = (k: string) => (data[k]?.text ?? "").replace(/\s+/g, " ").trim();
  const out: string[] = [];
  for (const n of ["1", "2"]) {
    const country = field(`country${n}`);
    const other = field(`country${n === "1" ? "2" : "1"}`);
    const mission = field(`mission${n}`);
    if (country && mission) {
      // "Embassy of Chile, Lima" → "Chile has an embassy in Lima."; anything else as written.
      const comma = mission.indexOf(",");
      const kind =
        comma > 0 ? /^(embassy|consulate(?:[- ]general)?|high commission)\b/i.exec(mission.slice(0, comma)) : null;
      const city = comma > 0 ? mission.slice(comma + 1).trim() : "";
      const m = kind && city ? [mission, kind[1], city] : null;
      out.push(
        m
          ? `${country} has ${/^[aeiou]/i.test(m[1] ?? "") ? "an" : "a"} ${(m[1] ?? "").toLowerCase()} in ${m[2]}.`
          : `${country} is represented by ${mission}.`,
      );
    }
    const envoy = field(`envoy${n}`);
    if (country && envoy) {
      const title = field(`envoytitle${n}`) || "Ambassador";
      out.push(`The ${title} of ${country}${other ? ` to ${other}` : ""} is ${envoy}.`);
    }
  }
  return out;
}

/** "= Chile–Peru relations =" → "Chile–Peru relations", by index (linear on any line). */
function stripEquals(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === "=" || /\s/.test(line[start] as string))) start++;
  while (end > start && (line[end - 1] === "=" || /\s/.test(line[end - 1] as string))) end--;
  return line.slice(start, end);
}

/** The plain article form of a wikitext article; its title from a "= … =" first line, the bold lead or the infobox. */
export function wikitextToArticle(input: string): string {
  const lines = input.split(/\r\n?|\n/);
  const first = lines.findIndex((l) => l.trim());
  const titled = /^=[^=].*[^=]=$/.test((lines[first] ?? "").trim());
  const body = titled ? lines.slice(first + 1).join("\n") : input;
  const { text, notes } = markReferences(body);
  const doc = wtf(text);
  const box = doc.infoboxes()[0] as unknown as Infobox | undefined;
  const boxData = box?.json() ?? {};
  const pairTitle =
    boxData.country1?.text && boxData.country2?.text
      ? `${boxData.country1.text}–${boxData.country2.text} relations`
      : "";
  const title = titled ? stripEquals(lines[first] ?? "") : doc.title() || pairTitle;
  const out = [`= ${title} =`, ""];
  for (const section of [doc.sections()].flat()) {
    const heading = section.title();
    if (/^(references|notes|footnotes|citations|sources)$/i.test(heading)) continue;
    if (heading) out.push(`${"=".repeat(section.depth() + 2)} ${heading} ${"=".repeat(section.depth() + 2)}`);
    // The package's types give a section's parts as `object`: their methods are typed here.
    for (const paragraph of [section.paragraphs()].flat() as { text(): string }[]) {
      for (const line of paragraph.text().split("\n")) {
        const trimmed = line.trim();
        if (!trimmed) continue;
        out.push(/^[*#]/.test(trimmed) ? `- ${trimmed.replace(/^[*#]+\s*/, "")}` : trimmed);
      }
      out.push("");
    }
    for (const table of [section.tables()].flat() as { json(): unknown; wikitext(): string }[]) {
      const caption = captionOf(table.wikitext());
      for (const row of table.json() as unknown as Row[])
        for (const sentence of rowSentences(row, heading, caption)) out.push(`- ${sentence}`);
      out.push("");
    }
  }
  if (box) {
    const sentences = infoboxSentences(box);
    if (sentences.length) out.push("== Diplomatic missions ==", ...sentences.map((s) => `- ${s}`), "");
  }
  // Category lines are navigation, read as links of the relation (related-links.ts).
  const categories = doc.categories();
  if (categories.length) out.push(...categories.map((c) => `[[Category:${c}]]`), "");
  if (notes.length) out.push("== References ==", ...notes.map(noteLine), "");
  return out.join("\n");
}
