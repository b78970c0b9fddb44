import type { TRelatedLink } from "@dyad/core/schemas/related-link";
import { isLinkSection } from "./parse-article";
import type { ArticleBlock } from "./types";

const URL_IN_TEXT = /https?:\/\/[^\s<>"\]]+/;
const CATEGORY_LINE = /^\[{0,2}Category:\s*([^\]|]+)/i;

/** A navigation block: an entry of a "See also"/"External links" list, or a category line. */
export const isNavigation = (block: ArticleBlock) =>
  isLinkSection(block.heading) || CATEGORY_LINE.test(block.text.trim());

const EDGE = new Set([..." \t-–—*•[]|:"]);

/** Without list bullets, brackets and dashes at either end (a loop: linear on any input). */
function trimPunctuation(text: string): string {
  let [start, end] = [0, text.length];
  while (start < end && EDGE.has(text[start] as string)) start++;
  while (end > start && EDGE.has(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/**
 * The article's navigation as links of the relation: each entry once, in article order. An
 * entry's address is the first http(s) URL in it; its title the rest of its text.
 */
export function relatedLinks(blocks: ArticleBlock[]): TRelatedLink[] {
  const links = new Map<string, TRelatedLink>();
  for (const block of blocks.filter(isNavigation)) {
    const text = block.text.trim();
    const category = CATEGORY_LINE.exec(text);
    const url = URL_IN_TEXT.exec(text)?.[0];
    const title = trimPunctuation(category?.[1] ?? text.replace(URL_IN_TEXT, "")).slice(0, 500);
    const kind = category ? "CATEGORY" : /external/i.test(block.heading) || url ? "EXTERNAL" : "SEE_ALSO";
    const link: TRelatedLink = { title: title || (url ?? text.slice(0, 500)), kind, ...(url ? { url } : {}) };
    if (link.title && !links.has(`${link.kind}:${link.title}`)) links.set(`${link.kind}:${link.title}`, link);
  }
  return [...links.values()].slice(0, 200);
}
