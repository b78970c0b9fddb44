import { AppError } from "@dyad/core/errors";
import type { TSection } from "@dyad/core/schemas/fact";
import { HIDDEN_CONTROLS } from "@dyad/core/schemas/text";
import { countriesFromTitle } from "./title";
import type { ArticleBlock } from "./types";

// The structure of an article: a title line "= X–Y relations =", sections "== … ==", subsections
// "=== … ===" (deeper levels nest further), paragraphs (consecutive lines) and list items ("- ").

export const MAX_ARTICLE_BYTES = 10_000_000;
export const INTRODUCTION = "Introduction";
const MAX_HEADING = 300;

export interface ParsedArticle {
  title: string;
  countryCodes: [string, string];
  blocks: ArticleBlock[];
}

export function parseArticle(input: unknown): ParsedArticle {
  const text = assertReadableText(input).replace(/^\uFEFF/, "");
  refuseHiddenControls(text);
  const lines = text.split(/\r\n?|\n/);
  const titleIndex = lines.findIndex((l) => l.trim().length > 0);
  const titleLine = (lines[titleIndex] ?? "").trim();
  const title = headingOf(titleLine, 1)?.text;
  if (!title) {
    throw new AppError("INVALID", 'The first line must be the title, like "= Azerbaijan–Canada relations ="');
  }
  const countryCodes = countriesFromTitle(title);
  return { title, countryCodes, blocks: parseBlocks(lines.slice(titleIndex + 1)) };
}

/** An article holding a character that no statement may hold (schemas/text.ts) is refused, with where it is. */
function refuseHiddenControls(text: string) {
  const hidden = HIDDEN_CONTROLS.exec(text);
  if (!hidden) return;
  const line = text.slice(0, hidden.index).split(/\r\n?|\n/).length;
  const code = `U+${(hidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  throw new AppError(
    "INVALID",
    `Line ${line} contains an invisible direction control or zero-width space (${code}), which would make a statement read differently from what is stored: remove it`,
  );
}

/** Refuses what is not an article: not text, empty, too large, or binary. */
export function assertReadableText(input: unknown): string {
  if (typeof input !== "string") throw new AppError("INVALID", "The article must be text");
  if (input.trim().length === 0) throw new AppError("INVALID", "The article is empty");
  if (input.length > MAX_ARTICLE_BYTES || Buffer.byteLength(input, "utf8") > MAX_ARTICLE_BYTES) {
    throw new AppError("INVALID", "The article is larger than 10 MB");
  }
  if (input.includes("\u0000")) throw new AppError("INVALID", "The file is binary (it contains NUL bytes), not text");
  const sample = input.slice(0, 100_000);
  // Control characters other than tab and line breaks, and U+FFFD (what undecodable bytes become).
  const unreadable = sample.match(/(?![\t\n\r])[\p{Cc}\uFFFD]/gu)?.length ?? 0;
  if (unreadable > sample.length * 0.1) {
    throw new AppError("INVALID", "The file is binary (mostly non-printable characters), not text");
  }
  return input;
}

function parseBlocks(lines: string[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const path: string[] = [];
  let open: { type: ArticleBlock["type"]; lines: string[] } | null = null;
  const flush = () => {
    const text = open?.lines.join(" ").replace(/\s+/g, " ").trim();
    if (open && text) {
      const headingPath = path.filter(Boolean);
      // The heading path is the citation locator of the block's facts (at most 300 characters).
      const heading = (headingPath.length ? headingPath.join(" › ") : INTRODUCTION).slice(0, MAX_HEADING);
      blocks.push({ index: blocks.length, heading, section: sectionForPath(headingPath), type: open.type, text });
    }
    open = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    const heading = headingOf(line, 6);
    if (heading) {
      flush();
      const level = Math.max(2, heading.level);
      path.length = level - 2;
      path[level - 2] = heading.text;
      continue;
    }
    if (!line) {
      flush();
      continue;
    }
    const item = listItemOf(line);
    if (item !== undefined) {
      flush();
      open = { type: "list-item", lines: [item] };
    } else if (open) {
      open.lines.push(line);
    } else {
      open = { type: "paragraph", lines: [line] };
    }
  }
  flush();
  return blocks;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * A heading line (trimmed): "= Title =" at level 1, "== Section ==" at 2 and so on, the same
 * number of "=" on both ends, the text between them trimmed. What /^(={1,6})\s*(.*?)\s*\1$/
 * matched, counted by hand: that expression took minutes on a long line of "=" and spaces.
 * The title (maxLevel 1) is a heading with exactly one "=" at its start.
 */
export function headingOf(line: string, maxLevel: number): { level: number; text: string } | undefined {
  let leading = 0;
  while (line[leading] === "=") leading++;
  let trailing = 0;
  while (trailing < line.length && line[line.length - 1 - trailing] === "=") trailing++;
  if (maxLevel === 1 && leading !== 1) return undefined;
  for (let level = Math.min(leading, maxLevel); level >= 1; level--) {
    if (level > trailing || 2 * level > line.length) continue;
    const text = line.slice(level, line.length - level).trim();
    return LINE_BREAK.test(text) ? undefined : { level, text };
  }
  return undefined;
}

/** The text of a list item line (trimmed) such as "- text", or undefined: what /^[-*•]\s+(.*)$/ matched. */
export function listItemOf(line: string): string | undefined {
  if (!"-*•".includes(line.charAt(0)) || line.length < 2 || !/\s/.test(line.charAt(1))) return undefined;
  const text = line.slice(1).trimStart();
  return LINE_BREAK.test(text) ? undefined : text;
}

const SECTION_RULES: [RegExp, TSection][] = [
  [/see also|external links|further reading|references|notes|bibliography/, "other"],
  [/parliament|friendship group|legislat/, "parliament"],
  [/visit|meeting|summit|high-level|state visits/, "visits"],
  [/contract|agreement|treat|convention|legal (basis|framework)/, "agreements"],
  [/mission|embass|consul|diplomatic representation/, "missions"],
  [/econom|trade|invest|business|energy|commerc|tourism/, "economy"],
  [/educat|science|student|universit|academ/, "education"],
  [/cultur|\barts?\b|sport|music|film/, "culture"],
  [/background|history|histor|overview|introduction|diplomatic relations|recognition/, "background"],
];

/** The page section for a heading path: the deepest heading that says something wins. */
export function sectionForPath(path: string[]): TSection {
  if (path.length === 0) return "background";
  for (const heading of [...path].reverse()) {
    const h = heading.toLowerCase();
    const rule = SECTION_RULES.find(([re]) => re.test(h));
    if (rule) return rule[1];
  }
  return "other";
}

/** A link list ("See also", "External links"): navigation rather than claims about the relation. */
export const isLinkSection = (heading: string) => /see also|external links|further reading/i.test(heading);
