import { type Candidate, type Extraction, NONE, type Sentence, sentenceSpan, yearOf } from "./candidate";
import { timeOf } from "./dates";
import { asPerson } from "./people";
import { capitalisedRuns } from "./phrases";

// Education: students and programmes ("about 170 Azerbaijani young people were educated at
// universities of Canada during 2007–2015" → 170 students, 2007 to 2015).

const CUE =
  /\b(?:students?|educated|studied|studying|scholarships?|young people|graduates|alumni|pupils|exchange programmes?|exchange programs?)\b/i;
// The qualifier takes its own spaces: a free-standing `\s*` before the number let every start
// position in a long run of spaces scan the whole run (quadratic; the regex audit's finding).
const COUNT =
  /\b(?:(?:about|around|approximately|nearly|over|more than|some|almost|up to|at least)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\p{Lu}][\p{L}]+\s+)?(?:students|young people|pupils|scholars|graduates|youths|citizens)\b/u;
const PROGRAMME = /\b(?:Program|Programme|Scholarship|Initiative|Project|Fellowship)\b/;

export function extractEducation(s: Sentence): Extraction {
  if (!CUE.test(s.text)) return NONE;
  const count = COUNT.exec(s.text);
  const programme =
    s.quotes.find((q) => PROGRAMME.test(q.text))?.text ??
    capitalisedRuns(s.text).find((r) => PROGRAMME.test(r.text))?.text;
  if (!count && !programme && s.people.length === 0) return NONE;
  const validTime = timeOf(s.dates);
  const fact: Candidate = {
    kind: "EDUCATION",
    data: {
      ...(programme ? { programme: programme.slice(0, 300) } : {}),
      ...(count ? { studentCount: Number((count[1] ?? "").replace(/,/g, "")) } : {}),
      people: s.people.map(asPerson),
    },
    validTime,
    anchor: sentenceSpan(s),
    issues: [],
    identity: yearOf(validTime) || "undated",
  };
  return { candidates: [fact], issues: [] };
}
