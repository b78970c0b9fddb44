import { ZApiCountryList, ZApiRelationPage } from "@dyad/api-contract";
import { describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";

const api = apiClient();

describe("country identifiers in the API", () => {
  it("gives every country the codes other datasets use, and sameAs links", async () => {
    const list = ZApiCountryList.parse(await api.json("/api/v1/countries"));
    expect(list.data).toHaveLength(250);
    expect(list.data.find((c) => c.code === "AZ")).toMatchObject({
      alpha3: "AZE",
      numeric: "031",
      m49: "031",
      wikidata: "Q227",
      cow: { code: 373, letter: "AZE" },
      sameAs: ["http://www.wikidata.org/entity/Q227", "https://www.iso.org/obp/ui/#iso:code:3166:AZ"],
    });
    expect(list.data.filter((c) => c.wikidata).length).toBeGreaterThan(240);
  });

  it("accepts a country by any of those codes, and says which forms it takes when none fits", async () => {
    const byAlpha2 = ZApiRelationPage.parse(await api.json("/api/v1/relations?country=AZ"));
    expect(byAlpha2.data.map((r) => r.slug)).toContain("azerbaijan-canada");
    for (const code of ["AZE", "031", "Q227", "wikidata:Q227", "m49:031", "cow:373", "cow:AZE", "aze"]) {
      const page = ZApiRelationPage.parse(await api.json(`/api/v1/relations?country=${encodeURIComponent(code)}`));
      expect(
        page.data.map((r) => r.slug),
        code,
      ).toEqual(byAlpha2.data.map((r) => r.slug));
    }
    const problem = await expectProblem(await api.fetch("/api/v1/relations?country=cow:99999"), 400);
    expect(JSON.stringify(problem)).toMatch(/alpha-3 \(AZE\).*cow:373/);
  });

  it("shows a country's codes on its page", async () => {
    // React separates adjacent text parts with <!-- --> in server-rendered HTML.
    const html = (await (await api.fetch("/countries/azerbaijan")).text()).replaceAll("<!-- -->", "");
    expect(html).toMatch(/ISO 3166-1 AZ \/ AZE \/ 031/);
    expect(html).toContain('href="https://www.wikidata.org/wiki/Q227"');
    expect(html).toMatch(/Correlates of War 373 \(AZE\)/);
  });
});
