import { describe, expect, it } from "vitest";
import "./test-support"; // loads the gazetteer before the tests
import { findCountryMentions } from "./countries-in-text";
import { damerauLevenshtein, findPlaceMentions, lookupPlace, suggestPlace } from "./gazetteer";

const codes = (text: string) => findCountryMentions(text).map((m) => [m.text, m.code, m.kind]);
const places = (text: string) =>
  findPlaceMentions(text, findCountryMentions(text)).map((p) => [p.text, p.place.name, p.place.country, p.distance]);

describe("findCountryMentions", () => {
  it("finds names, variants, possessives, demonyms and plurals", () => {
    expect(codes("Canada's export to the Republic of Azerbaijan")).toEqual([
      ["Canada", "CA", "name"],
      ["Republic of Azerbaijan", "AZ", "name"],
    ]);
    expect(codes("Canadian imports; Azerbaijanis in Turkey")).toEqual([
      ["Canadian", "CA", "demonym"],
      ["Azerbaijanis", "AZ", "demonym"],
      ["Turkey", "TR", "name"],
    ]);
    expect(codes("Bosnia and Herzegovina and Serbia")).toEqual([
      ["Bosnia and Herzegovina", "BA", "name"],
      ["Serbia", "RS", "name"],
    ]);
    expect(codes("Canada-Azerbaijan Inter-Parliamentary group")).toEqual([
      ["Canada", "CA", "name"],
      ["Azerbaijan", "AZ", "name"],
    ]);
    expect(codes("Guinea-Bissau and the U.S.")).toEqual([
      ["Guinea-Bissau", "GW", "name"],
      ["U.S.", "US", "name"],
    ]);
  });

  it("prefers sovereign states and skips regions and former states", () => {
    expect(codes("French exports")).toEqual([["French", "FR", "demonym"]]);
    expect(codes("Latin America and the Soviet Union")).toEqual([]);
    expect(codes("canada in lower case")).toEqual([]);
  });
});

describe("gazetteer", () => {
  it("measures Damerau-Levenshtein distance", () => {
    expect(damerauLevenshtein("anakara", "ankara")).toBe(1);
    expect(damerauLevenshtein("frankfrut", "frankfurt")).toBe(1);
    expect(damerauLevenshtein("paris", "paris")).toBe(0);
    expect(damerauLevenshtein("ottawa", "toronto")).toBeGreaterThan(2);
  });

  it("knows capitals and major cities, with accents ignored", () => {
    expect(lookupPlace("Baku")).toEqual({ name: "Baku", country: "AZ" });
    expect(lookupPlace("Montréal")).toEqual({ name: "Montreal", country: "CA" });
    expect(lookupPlace("montreal")).toEqual({ name: "Montreal", country: "CA" });
    expect(lookupPlace("Victoria", "CA")?.country).toBe("CA");
  });

  it("suggests a place only for a word a small edit away, never for short or known words", () => {
    expect(suggestPlace("Anakara", "TR")).toEqual({ place: { name: "Ankara", country: "TR" }, distance: 1 });
    expect(suggestPlace("Ankara")).toBeUndefined();
    expect(suggestPlace("Bakku")).toEqual({ place: { name: "Baku", country: "AZ" }, distance: 1 });
    expect(suggestPlace("Roma")).toBeUndefined();
    expect(suggestPlace("Ontario")).toBeUndefined();
  });

  it("flags misspellings only where a place is expected", () => {
    expect(places("the Canadian embassy in Anakara, Turkey")).toEqual([["Anakara", "Ankara", "TR", 1]]);
    expect(places("a Visa Application Centre in Baku at 23 Izmir St.")).toEqual([
      ["Baku", "Baku", "AZ", 0],
      ["Izmir", "Izmir", "TR", 0],
    ]);
    expect(places("held in Montreal, Canada and in Ontario")).toEqual([["Montreal", "Montreal", "CA", 0]]);
    expect(places("Mr. Anakara spoke")).toEqual([]);
  });
});
