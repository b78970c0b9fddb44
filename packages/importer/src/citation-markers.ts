// Citation markers belong to a fact's references, not to the text readers see: "[3]",
// "[citation needed]", "<ref>…</ref>", "<ref name=x />" and {{cite …}} / {{citation needed}}
// templates are cut from a statement once its references are read (references.ts). Scans by
// indexOf rather than lazy patterns, so an unclosed "<ref>" repeated costs linear time.

const LETTER_NOTE = /\[[a-z]\]/g;
const BRACKETED =
  /\[(?:\d{1,4}|citation needed|clarification needed|when\?|who\?|according to whom\?|dubious[^\]]{0,40}|failed verification|better source needed|page needed|note \d{1,3})\]/gi;
const CITE_TEMPLATE = /\{\{\s*(?:cite|citation|cn|fact|sfn|efn|refn)\b[^{}]*\}\}/gi;

/** A private-use character marks each cut; a statement already holding one is left alone. */
const CUT = "\uE000";

/** `text` with each span from `open` to the following `close` replaced (an unclosed one is kept). */
function cutSpans(text: string, open: RegExp, close: string, by: string): string {
  let out = "";
  let at = 0;
  open.lastIndex = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    if (m.index < at) continue;
    if (m[0].endsWith("/>")) {
      out += text.slice(at, m.index) + by;
      at = m.index + m[0].length;
      continue;
    }
    const end = text.indexOf(close, m.index + m[0].length);
    if (end < 0) break;
    out += text.slice(at, m.index) + by;
    at = end + close.length;
    open.lastIndex = at;
  }
  return out + text.slice(at);
}

export function withoutCitationMarkers(statement: string): string {
  // Each marker becomes CUT, then the cuts go with the spaces around them: one space stays
  // between words, none before punctuation. Text away from a marker is left exactly as it was.
  if (statement.includes(CUT)) return statement;
  const marked = cutSpans(statement, /<ref\b[^<>]{0,500}>/gi, "</ref>", CUT)
    .replace(CITE_TEMPLATE, CUT)
    .replace(BRACKETED, CUT)
    .replace(LETTER_NOTE, CUT);
  if (!marked.includes(CUT)) return statement;
  const cut = marked
    .replace(/[ \t]*(?:\uE000[ \t]*)+(?=[.,;:!?]|$)/g, "")
    .replace(/[ \t]*(?:\uE000[ \t]*)+/g, (m) => (/[ \t]/.test(m) ? " " : ""))
    .trim();
  return cut.length > 0 ? cut : statement;
}
