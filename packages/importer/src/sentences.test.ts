import { describe, expect, it } from "vitest";
import { splitClauses, splitSentences } from "./sentences";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const clauses = (text: string) => splitClauses(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at full stops but not after abbreviations, initials or inside numbers", () => {
    expect(sentences("Mr. Jamie Schmale was elected. It was $1.2 billion. J. Smith came.")).toEqual([
      "Mr. Jamie Schmale was elected.",
      "It was $1.2 billion.",
      "J. Smith came.",
    ]);
    expect(sentences('Spectacle "X" (fr. La robe de Gulnara) was shown. Next one.')).toEqual([
      'Spectacle "X" (fr. La robe de Gulnara) was shown.',
      "Next one.",
    ]);
  });

  it("ends a sentence after a street abbreviation, not a saint", () => {
    expect(sentences("A centre in Baku at 23 Izmir St. The ambassador is accredited.")).toEqual([
      "A centre in Baku at 23 Izmir St.",
      "The ambassador is accredited.",
    ]);
    expect(sentences("They met in St. Petersburg in 2010.")).toEqual(["They met in St. Petersburg in 2010."]);
  });

  it("keeps a parenthesised remark with the sentence before it", () => {
    expect(sentences("It was shown in Canada. (Author of spectacle belonging to Isabelle Huber)")).toEqual([
      "It was shown in Canada. (Author of spectacle belonging to Isabelle Huber)",
    ]);
  });
});

describe("splitClauses", () => {
  it("splits where a new statement starts", () => {
    expect(
      clauses(
        "Canada does not maintain an embassy in X but handles accreditation through Y, but does maintain a centre in Baku",
      ),
    ).toEqual([
      "Canada does not maintain an embassy in X",
      "handles accreditation through Y",
      "does maintain a centre in Baku",
    ]);
    expect(
      clauses("The ambassador is also accredited to Azerbaijan, while Azerbaijan opened its embassy in Ottawa"),
    ).toEqual(["The ambassador is also accredited to Azerbaijan", "Azerbaijan opened its embassy in Ottawa"]);
    expect(clauses("Lyon, Marseille and Strasbourg")).toEqual(["Lyon, Marseille and Strasbourg"]);
  });
});
