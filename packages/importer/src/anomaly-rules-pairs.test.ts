import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { contractProblems } from "./test-support";

// The anomaly rules on articles of other country pairs than the seed's, with the cases each rule
// must leave alone: trade direction with and without a figure, ambiguous number formats,
// agreements told twice in other words, and official country names.

function flagged(title: string, body: string[], rule: string): string[] {
  const analysis = analyzeArticle([`= ${title} =`, "", ...body].join("\n"));
  expect(contractProblems(analysis)).toEqual([]);
  return analysis.anomalies.filter((a) => a.rule === rule).map((a) => a.excerpt);
}

describe("CONTRADICTORY_DIRECTION with or without an amount", () => {
  it.each([
    ["Chile–Peru relations", "Chile imports copper to Peru.", "Chile imports copper to Peru"],
    ["Kenya–Norway relations", "Kenyan exports from Norway grew steadily in the 2000s.", "Kenyan exports from Norway"],
    ["Japan–Vietnam relations", "Japan's imports to Vietnam were $2 billion in 2015.", "Japan's imports to Vietnam"],
    [
      "Ghana–Nigeria relations",
      "Ghana exports cocoa and gold from Nigeria.",
      "Ghana exports cocoa and gold from Nigeria",
    ],
  ])("%s: %s", (title, sentence, excerpt) => {
    expect(flagged(title, ["== Trade ==", sentence], "CONTRADICTORY_DIRECTION")).toEqual([excerpt]);
  });

  it.each([
    ["Chile–Peru relations", "Chile imports copper from Peru."],
    ["Kenya–Norway relations", "Kenyan exports to Norway grew steadily in the 2000s."],
    ["Japan–Vietnam relations", "Imports to Vietnam from Japan were $2 billion in 2015."],
    ["Ghana–Nigeria relations", "Trade with Nigeria rose to a record in 2019."],
    ["Poland–Ukraine relations", "Polish exports rose from 2014 to 2018."],
  ])("%s: leaves alone %s", (title, sentence) => {
    expect(flagged(title, ["== Trade ==", sentence], "CONTRADICTORY_DIRECTION")).toEqual([]);
  });
});

describe("MALFORMED_AMOUNT for ambiguous number formats", () => {
  it("flags a figure both conventions read, with both readings", () => {
    const analysis = analyzeArticle(
      [
        "= Poland–Ukraine relations =",
        "",
        "== Trade ==",
        "Polish exports to Ukraine reached €2,345 million in 2016.",
      ].join("\n"),
    );
    const [flag] = analysis.anomalies.filter((a) => a.rule === "MALFORMED_AMOUNT");
    expect(flag?.excerpt).toBe("€2,345 million");
    expect(flag?.message).toMatch(/2345 if "," is a thousands separator, 2\.345 if it is a decimal comma/);
  });

  it("leaves figures with one reading alone", () => {
    for (const figure of ["$19.713 million", "€2,5 billion", "$1,234,567", "12,500 dollars", "€3.5bn"]) {
      expect(
        flagged(
          "Chile–Peru relations",
          ["== Trade ==", `Chilean exports to Peru reached ${figure} in 2011.`],
          "MALFORMED_AMOUNT",
        ),
      ).toEqual([]);
    }
  });
});

describe("official and long country names", () => {
  it.each([
    [
      "Ethiopia–Kenya relations",
      "The Federal Democratic Republic of Ethiopia and the Republic of Kenya signed a trade agreement on 3 May 2012.",
    ],
    [
      "Mexico–United States relations",
      "The United Mexican States and the United States of America signed a border treaty in 1970.",
    ],
    [
      "Ireland–United Kingdom relations",
      "The United Kingdom of Great Britain and Northern Ireland and Ireland signed the Good Friday Agreement on 10 April 1998.",
    ],
    [
      "Bolivia–Venezuela relations",
      "The Plurinational State of Bolivia and the Bolivarian Republic of Venezuela established diplomatic relations in 1883.",
    ],
    ["Côte d'Ivoire–France relations", "France and Côte d'Ivoire signed a defence agreement in 1961."],
    ["Canada–South Korea relations", "Canada and the Republic of Korea signed a free trade agreement in March 2014."],
  ])("%s: no third country in %s", (title, sentence) => {
    expect(flagged(title, ["== History ==", sentence], "COUNTRY_NOT_IN_PAIR")).toEqual([]);
  });

  it("leaves provinces and seas that carry a country's name alone", () => {
    expect(
      flagged(
        "Canada–Japan relations",
        ["== Missions ==", "Japan has a consulate-general in Vancouver, British Columbia."],
        "COUNTRY_NOT_IN_PAIR",
      ),
    ).toEqual([]);
    expect(
      flagged(
        "Japan–Vietnam relations",
        ["== Trade ==", "Japanese exports to Vietnam cross the South China Sea."],
        "COUNTRY_NOT_IN_PAIR",
      ),
    ).toEqual([]);
  });

  it("still flags a real third country beside official names", () => {
    expect(
      flagged(
        "Ethiopia–Kenya relations",
        [
          "== History ==",
          "Diplomatic relations between the Republic of Kenya and the Republic of Uganda were established in 1963.",
        ],
        "COUNTRY_NOT_IN_PAIR",
      ),
    ).toEqual(["Republic of Uganda"]);
  });
});

describe("DUPLICATE_AGREEMENT across sections, whatever the wording and date precision", () => {
  const twice = (title: string, first: string, second: string) =>
    flagged(title, ["== Agreements ==", first, "", "== Economy ==", second], "DUPLICATE_AGREEMENT");

  it.each([
    [
      "Chile–Peru relations",
      "On 12 March 2008, Chile and Peru signed an Agreement on the Avoidance of Double Taxation.",
      "A double taxation treaty between Chile and Peru was signed in March 2008.",
      "double taxation treaty",
    ],
    [
      "Kenya–Norway relations",
      "Kenya and Norway signed a Memorandum of Understanding on Fisheries Cooperation on 4/15/2011.",
      "In 2011 the two countries signed an MoU on cooperation in fisheries.",
      "MoU on cooperation in fisheries",
    ],
    [
      "Japan–Vietnam relations",
      "The Japan–Vietnam Economic Partnership Agreement was signed on 25 December 2008.",
      "Japan and Vietnam concluded an economic partnership agreement in December 2008.",
      "economic partnership agreement",
    ],
    [
      "Poland–Ukraine relations",
      "In 1992 Poland and Ukraine signed the Treaty on Good Neighbourliness, Friendly Relations and Cooperation.",
      "The treaty of good-neighbourly relations and cooperation, signed on 18 May 1992, remains the basis of relations.",
      "treaty of good-neighbourly relations and cooperation",
    ],
  ])("%s", (title, first, second, excerpt) => {
    expect(twice(title, first, second)).toEqual([excerpt]);
  });

  it("leaves two agreements of the same year, or the same subject in other years, alone", () => {
    expect(
      twice(
        "Ghana–Nigeria relations",
        "Ghana and Nigeria signed a visa waiver agreement in 2001.",
        "Ghana and Nigeria signed an agreement on investment protection in 2001.",
      ),
    ).toEqual([]);
    expect(
      twice(
        "Chile–Peru relations",
        "Chile and Peru signed a double taxation agreement on 8 June 2001.",
        "A new double taxation agreement was signed in September 2019.",
      ),
    ).toEqual([]);
  });
});

describe("DUPLICATE_AGREEMENT for an agreement named again by its year", () => {
  it("flags 'the 2017 … accord' and 'the 2000 boundary memorandum' after the agreement itself", () => {
    expect(
      flagged(
        "Germany–Japan relations",
        [
          "== Agreements ==",
          "An agreement on the transfer of defence equipment and technology was signed in Tokyo on 17 July 2017.",
          "The 2017 defence equipment accord allows the joint development of military technology.",
        ],
        "DUPLICATE_AGREEMENT",
      ),
    ).toEqual(["defence equipment accord"]);
    expect(
      flagged(
        "Cambodia–Thailand relations",
        [
          "== Border ==",
          "The two countries signed a memorandum of understanding on the demarcation of the land boundary on 14 June 2000.",
          "The 2000 boundary memorandum was signed by the foreign ministers in Phnom Penh.",
        ],
        "DUPLICATE_AGREEMENT",
      ),
    ).toEqual(["boundary memorandum"]);
  });

  it("leaves a named agreement of another year or subject alone", () => {
    expect(
      flagged(
        "Cambodia–Thailand relations",
        [
          "== Border ==",
          "The two countries signed a memorandum of understanding on the demarcation of the land boundary on 14 June 2000.",
          "The 2003 boundary memorandum set up a joint commission.",
          "The 2000 fisheries agreement was signed in Bangkok.",
        ],
        "DUPLICATE_AGREEMENT",
      ),
    ).toEqual([]);
  });
});

describe("COUNTRY_NOT_IN_PAIR for another pair's agreement", () => {
  it("flags one of the pair signing with a third country, not a trilateral signing", () => {
    expect(
      flagged(
        "Kazakhstan–Uzbekistan relations",
        ["== Agreements ==", "Kazakhstan also signed a similar border treaty with Kyrgyzstan on 15 December 2001."],
        "COUNTRY_NOT_IN_PAIR",
      ),
    ).toEqual(["Kyrgyzstan"]);
    expect(
      flagged(
        "Egypt–Ethiopia relations",
        [
          "== Agreements ==",
          "On 23 March 2015, Egypt, Ethiopia and Sudan signed a Declaration of Principles in Khartoum.",
        ],
        "COUNTRY_NOT_IN_PAIR",
      ),
    ).toEqual([]);
  });

  it("flags an agreement between one of the pair and a third, not one the pair signed with a third", () => {
    expect(
      flagged(
        "Mozambique–Portugal relations",
        ["== Agreements ==", "A memorandum between Mozambique and Malawi on river navigation was concluded in 2019."],
        "COUNTRY_NOT_IN_PAIR",
      ),
    ).toEqual(["Malawi"]);
    expect(
      flagged(
        "Germany–Japan relations",
        ["== History ==", "They signed the Anti-Comintern Pact in 1936, and the Tripartite Pact, with Italy, in 1940."],
        "COUNTRY_NOT_IN_PAIR",
      ),
    ).toEqual([]);
  });
});

describe("diplomatic relations told without the word 'diplomatic'", () => {
  it("reads relations suspended, broken off and restored, and leaves other relations alone", () => {
    const analysis = analyzeArticle(
      [
        "= Colombia–Ecuador relations =",
        "== History ==",
        "Ecuador broke off relations on March 3, 2008, after a raid, and relations were restored in November 2010.",
        "Cambodia suspended relations in October 1961. Trade relations grew in the 1990s.",
      ].join("\n"),
    );
    expect(contractProblems(analysis)).toEqual([]);
    const events = analysis.facts
      .filter((f) => f.content.kind === "DIPLOMATIC_RELATIONS")
      .map((f) => [(f.content.data as { event: string }).event, f.content.validTime?.start]);
    expect(events).toEqual([
      ["SEVERED", "2008-03-03"],
      ["RESTORED", "2010-11"],
      ["SUSPENDED", "1961-10"],
    ]);
  });
});

describe("MISSPELLED_PLACE for a known name near a large place of the pair", () => {
  it("flags a town of another country where the relation's large city is meant", () => {
    expect(
      flagged(
        "Canada–Mexico relations",
        ["== Visits ==", "President Enrique Peña Nieto visited Otawa on 24 June 2016."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual(["Otawa"]);
    expect(
      flagged(
        "Canada–Mexico relations",
        ["== Visits ==", "President Enrique Peña Nieto visited Ottawa on 24 June 2016."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual([]);
    expect(
      flagged(
        "Canada–Mexico relations",
        ["== Visits ==", "The two presidents met in Geneva on 3 May 2019."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual([]);
  });

  it("flags a small town elsewhere named where a large place of the pair is meant", () => {
    expect(
      flagged(
        "Australia–New Zealand relations",
        ["== Visits ==", "Prime Minister Jacinda Ardern visited Sidney on 10 July 2022."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual(["Sidney"]);
    expect(
      flagged(
        "Australia–New Zealand relations",
        ["== Visits ==", "Prime Minister Jacinda Ardern visited Sydney on 10 July 2022."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual([]);
  });
});

describe("MISSPELLED_PLACE in lists and two-word names", () => {
  it("flags a misspelt later item of a list of places, and a misspelt two-word name", () => {
    expect(
      flagged(
        "Colombia–Ecuador relations",
        ["== Missions ==", "Ecuador has consulates in Cali, Ipiales and Medelin."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual(["Medelin"]);
    expect(
      flagged(
        "Cambodia–Thailand relations",
        ["== Missions ==", "Thailand has a consulate-general in Siem Riep."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual(["Siem Riep"]);
  });

  it("leaves well-spelt lists and a new clause after 'and' alone", () => {
    expect(
      flagged(
        "Mozambique–Portugal relations",
        ["== Missions ==", "Portugal has consulates in Beira and Nampula, and Mozambique one in Porto."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual([]);
    expect(
      flagged(
        "Mozambique–Portugal relations",
        ["== Visits ==", "The president spoke in Maputo and Nyusi answered in Lisbon on 4 May 2016."],
        "MISSPELLED_PLACE",
      ),
    ).toEqual([]);
  });
});
