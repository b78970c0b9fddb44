import { findDates } from "./dates";
import type { ArticleBlock } from "./types";

// An article's references as sources: the entries of its References/Notes section (numbered or
// not, plain text or {{cite …}} templates), and bare URLs and inline <ref>{{cite …}}</ref> in
// its sentences. A sentence cites the notes its [n] markers name. Every pattern here is linear
// (no nested quantifiers), since imported text is untrusted input.

export interface ArticleReference {
  /** "1" for note [1]; the URL for a bare or inline one. */
  key: string;
  title: string;
  url?: string;
  publisher?: string;
  publishedOn?: string;
  accessedOn?: string;
}

const REFERENCE_HEADING = /(?:^|› )(?:references|notes|footnotes|citations|sources)\s*$/i;
const URL_IN_TEXT = /https?:\/\/[^\s<>"|\]}]+/g;
const NOTE_NUMBER = /^\s*(?:\[(\d{1,3})\]|\^?(\d{1,3})[.)]?)\s+/;
const CITE_TEMPLATE = /\{\{\s*cite[^{}]*\}\}/gi;
const QUOTED = /[“"]([^“”"]{3,300})[”"]/;
const RETRIEVED = /\b(?:retrieved|accessed)(?: on)?\s+/i;
const NOTE_MARK = /\[(\d{1,4})\]/g;
const TRAILING = new Set([..." .,;:"]);

/** A block in the article's References/Notes section: sources, not facts. */
export const isReferenceBlock = (block: ArticleBlock) => REFERENCE_HEADING.test(block.heading);

const trimEnd = (text: string) => {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end--;
  return text.slice(0, end).trim();
};

const firstDate = (text: string) => findDates(text)[0]?.time.start ?? undefined;

/** {{cite web |url=… |title=… |publisher=… |date=… |access-date=…}} → a reference. */
function fromTemplate(template: string, key: string): ArticleReference | null {
  const fields = new Map<string, string>();
  for (const part of template.slice(2, -2).split("|").slice(1)) {
    const at = part.indexOf("=");
    if (at > 0) fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  const url = fields.get("url");
  const title = fields.get("title") ?? url;
  if (!title) return null;
  const date = fields.get("date");
  const accessed = fields.get("access-date") ?? fields.get("accessdate");
  return {
    key: url && key === "" ? url : key,
    title: title.slice(0, 500),
    ...(url && /^https?:\/\//i.test(url) ? { url } : {}),
    ...pick("publisher", fields.get("publisher") ?? fields.get("website") ?? fields.get("work")),
    ...pick("publishedOn", date ? firstDate(date) : undefined),
    ...pick("accessedOn", accessed ? firstDate(accessed) : undefined),
  };
}

const pick = <K extends string>(name: K, value: string | undefined) =>
  (value ? { [name]: value.slice(0, 300) } : {}) as Partial<Record<K, string>>;

/** A plain-text note: "1. ^ "Title". Publisher. 5 May 2010. Retrieved 1 June 2020. https://…" */
function fromText(text: string, key: string): ArticleReference {
  const template = text.match(CITE_TEMPLATE)?.[0];
  const cited = template ? fromTemplate(template, key) : null;
  if (cited) return cited;
  const url = text.match(URL_IN_TEXT)?.[0];
  const withoutUrl = url ? text.replace(url, "") : text;
  const quoted = QUOTED.exec(withoutUrl);
  const retrieved = RETRIEVED.exec(withoutUrl);
  const before = retrieved ? withoutUrl.slice(0, retrieved.index) : withoutUrl;
  const after = quoted ? before.slice(quoted.index + quoted[0].length) : "";
  // After a quoted title, the first dotted part without digits names the publisher.
  const publisher = after
    .split(".")
    .map((part) => part.trim())
    .find((part) => part.length > 1 && !/\d/.test(part));
  const title = quoted?.[1] ?? trimEnd(before.replace(/^[\s^*•-]+/, "")).slice(0, 300);
  return {
    key,
    title: title || url || text.slice(0, 300),
    ...(url ? { url } : {}),
    ...pick("publisher", publisher),
    ...pick("publishedOn", firstDate(before)),
    ...pick("accessedOn", retrieved ? firstDate(withoutUrl.slice(retrieved.index)) : undefined),
  };
}

/** A paragraph of numbered notes ("1. … 2. …", lines joined by the parser): one entry each. */
const NEXT_NOTE = /\s(?=(?:\[\d{1,3}\]|\^?\d{1,3}[.)])\s)/;

/** The entries of the reference sections, numbered by their own number or their order. */
export function readReferenceSection(blocks: ArticleBlock[]): ArticleReference[] {
  const entries = blocks.filter(isReferenceBlock).flatMap((block) => block.text.split(NEXT_NOTE));
  return entries.map((text, i) => {
    const number = NOTE_NUMBER.exec(text);
    const key = number?.[1] ?? number?.[2] ?? String(i + 1);
    return fromText(number ? text.slice(number[0].length) : text, key);
  });
}

/**
 * What one statement cites beyond the article: the notes its [n] markers name (when the
 * article has them), its {{cite}} templates and its bare URLs. Keys into `known`, plus new
 * references for inline ones.
 */
export function referencesOfStatement(statement: string, known: Map<string, ArticleReference>): ArticleReference[] {
  const found = new Map<string, ArticleReference>();
  for (const m of statement.matchAll(NOTE_MARK)) {
    const note = known.get(m[1] as string);
    if (note) found.set(note.key, note);
  }
  for (const template of statement.match(CITE_TEMPLATE) ?? []) {
    const ref = fromTemplate(template, "");
    if (ref) found.set(ref.key, ref);
  }
  const withoutTemplates = statement.replace(CITE_TEMPLATE, "");
  for (const url of withoutTemplates.match(URL_IN_TEXT) ?? []) {
    const clean = trimEnd(url);
    if (!found.has(clean) && URL.canParse(clean)) {
      found.set(clean, { key: clean, title: new URL(clean).hostname, url: clean });
    }
  }
  return [...found.values()];
}
