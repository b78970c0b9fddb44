import type { BlockContext, Candidate, Extraction, Sentence } from "./candidate";
import { NONE, sentenceSpan, yearOf } from "./candidate";
import { timeOf } from "./dates";
import { asPerson } from "./people";
import { capitalisedRuns } from "./phrases";

// Inter-parliamentary groups: their founding, meetings and leadership. A paragraph often names
// the group once and then says "this working group" or "the group": the name is carried in the
// block context. A sentence that only names the group ("… operates in the National Assembly of
// Azerbaijan") gives no fact of its own; it sets the context and joins the next sentence's fact.

const CUE =
  /\binter-?parliamentary\b|\bfriendship group\b|\bparliamentary (?:friendship )?group\b|\bparliamentary friendship\b/i;
const BACK_REFERENCE = /\b(?:the|this|that|its)\s+(?:working\s+|friendship\s+)?group\b/i;
const PARLIAMENT =
  /\b(?:National Assembly|Parliament|Congress|Senate|Bundestag|Bundesrat|Duma|Milli Majlis|Majlis|Sejm|Assemblée nationale|House of Commons|Verkhovna Rada|Riksdag|Storting|Knesset|Saeima|Seimas|Sabor|Skupština|National Council|Folketing|Eduskunta|Cortes)\b/;

/** Parliaments whose own name says whose they are. */
const PARLIAMENT_NAMES: Record<string, string> = {
  Bundestag: "DE",
  Duma: "RU",
  "Milli Majlis": "AZ",
  Sejm: "PL",
  "Assemblée nationale": "FR",
  "Verkhovna Rada": "UA",
  Riksdag: "SE",
  Storting: "NO",
  Knesset: "IL",
  Saeima: "LV",
  Seimas: "LT",
  Sabor: "HR",
  Folketing: "DK",
  Eduskunta: "FI",
  Althing: "IS",
  "Grand National Assembly": "TR",
  "Jatiya Sangsad": "BD",
  Oireachtas: "IE",
};

const PARLIAMENT_NAME_RES = Object.entries(PARLIAMENT_NAMES).map(
  ([name, code]) => [new RegExp(`\\b${name}\\b`), code] as const,
);

export function extractParliamentaryGroup(s: Sentence, ctx: BlockContext): Extraction & { contextOnly?: boolean } {
  const named = CUE.test(s.text);
  if (!named && !(ctx.group && BACK_REFERENCE.test(s.text))) return NONE;
  const runs = capitalisedRuns(s.text);
  const groupRun = runs.find((r) => /\bGroup\b/.test(r.text) && r.text.split(/\s+/).length >= 2);
  const runName = groupRun?.text.replace(/['’]s$/, "").replace(/^(?:The|A|An|This|That)\s+/, "");
  // "the Friendship Group" is the group the paragraph already named.
  const name =
    runName && (!ctx.group || runName.split(/[\s-]+/).length > 2 || !ctx.group.name.endsWith(runName))
      ? runName
      : ctx.group?.name;
  if (!name) return NONE;
  const parliamentOf =
    parliamentCountry(s, runs, groupRun) ??
    (name === ctx.group?.name ? ctx.group.parliamentOf : undefined) ??
    s.pair[0];
  ctx.group = { name, parliamentOf };

  const event = /\b(?:established|founded|created|formed|set up|constituted)\b/i.test(s.text)
    ? "ESTABLISHED"
    : /\b(?:meeting|session|met)\b/i.test(s.text)
      ? "MEETING"
      : /\b(?:head|heads|headed|chair|chaired|chairman|chairperson|chairwoman|elected|appointed|leads|led|leader)\b/i.test(
            s.text,
          )
        ? "LEADERSHIP"
        : undefined;
  if (!event) return { ...NONE, contextOnly: true };
  const validTime = timeOf(s.dates);
  const fact: Candidate = {
    kind: "PARLIAMENTARY_GROUP",
    data: {
      name: name.slice(0, 300),
      parliamentOf,
      event,
      // Members of a parliament's group are that parliament's members unless their role says otherwise.
      people: s.people.map((p) => ({ ...asPerson(p), country: p.country ?? parliamentOf })),
    },
    validTime,
    anchor: sentenceSpan(s),
    issues: [],
    identity: `${event}-${yearOf(validTime) || "undated"}`.toLowerCase(),
  };
  return { candidates: [fact], issues: [] };
}

/**
 * Whose parliament: the country in the parliament's name ("National Assembly of Azerbaijan",
 * "the Canadian Parliament"), else where it was set up ("established in Canada"), else the first
 * country of the group's name (groups are named host first: "Canada-Azerbaijan … Group").
 */
function parliamentCountry(
  s: Sentence,
  runs: { start: number; end: number; text: string }[],
  groupRun?: { start: number; end: number },
) {
  for (const [re, code] of PARLIAMENT_NAME_RES) if (re.test(s.text)) return code;
  for (const run of runs) {
    if (run === groupRun || !PARLIAMENT.test(run.text)) continue;
    const inside = s.countries.find((c) => c.start >= run.start && c.end <= run.end);
    if (inside) return inside.code;
  }
  const setUpIn = /\b(?:established|founded|created|formed|operates|set up)\s+in\s+(?:the\s+)?/i.exec(s.text);
  if (setUpIn) {
    const at = (setUpIn.index ?? 0) + setUpIn[0].length;
    const country = s.countries.find((c) => c.start === at);
    if (country) return country.code;
  }
  return groupRun ? s.countries.find((c) => c.start >= groupRun.start && c.end <= groupRun.end)?.code : undefined;
}
