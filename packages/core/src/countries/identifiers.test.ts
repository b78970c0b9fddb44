import { describe, expect, it } from "vitest";
import { countryIdentifiers, countrySameAs, resolveCountryCode } from "./identifiers";

describe("country identifiers", () => {
  it("gives a country every code others use for it", () => {
    expect(countryIdentifiers("AZ")).toEqual({
      alpha2: "AZ",
      alpha3: "AZE",
      numeric: "031",
      m49: "031",
      wikidata: "Q227",
      cow: { code: 373, letter: "AZE" },
    });
    expect(countryIdentifiers("CA")?.cow).toEqual({ code: 20, letter: "CAN" });
    // Not a member of the COW state system; no M49 number for Taiwan.
    expect(countryIdentifiers("GL")?.cow).toBeNull();
    expect(countryIdentifiers("TW")?.m49).toBeNull();
    expect(countrySameAs("AZ")).toEqual([
      "http://www.wikidata.org/entity/Q227",
      "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
    ]);
  });

  it("finds a country by any of those codes", () => {
    for (const code of ["AZ", "az", "AZE", "031", "31", "m49:031", "Q227", "wikidata:Q227", "cow:373", "COW:AZE"]) {
      expect(resolveCountryCode(code), code).toBe("AZ");
    }
    // COW codes take a prefix: unprefixed, 20 is ISO's Andorra and AUS ISO's Australia.
    expect(resolveCountryCode("20")).toBe("AD");
    expect(resolveCountryCode("cow:20")).toBe("CA");
    expect(resolveCountryCode("AUS")).toBe("AU");
    expect(resolveCountryCode("cow:AUS")).toBe("AT");
    for (const code of ["", "ZZ", "Q0", "cow:1", "999", "m49:", "1234"])
      expect(resolveCountryCode(code), code).toBeUndefined();
  });
});
