import { describe, expect, it } from "vitest";
import { countryFromSegment, countryPairFromSegment } from "./country-from-segment";

const codes = (segment: string) => countryPairFromSegment(segment)?.map((c) => c.code);

describe("countries named in a URL", () => {
  it("reads slugs, ISO alpha-2 and alpha-3 codes and name variants, in any case", () => {
    for (const segment of ["azerbaijan", "AZ", "aze", "Azerbaijan", "AZERBAIJAN"]) {
      expect(countryFromSegment(segment)?.code, segment).toBe("AZ");
    }
    expect(countryFromSegment("turkey")?.code).toBe("TR");
    expect(countryFromSegment("türkiye")?.code).toBe("TR");
    expect(countryFromSegment("nowhere")).toBeUndefined();
  });

  it("reads a pair in either order, splitting where country slugs hold hyphens themselves", () => {
    expect(codes("canada-azerbaijan")).toEqual(["CA", "AZ"]);
    expect(codes("AZ-CA")).toEqual(["AZ", "CA"]);
    expect(codes("united-states-canada")).toEqual(["US", "CA"]);
    expect(codes("canada-bosnia-and-herzegovina")).toEqual(["CA", "BA"]);
    expect(codes("canada-canada")).toBeUndefined();
    expect(codes("canada-nowhere")).toBeUndefined();
    expect(codes("canada")).toBeUndefined();
    // A public URL: a long run of hyphens is refused before any split is tried.
    expect(codes(`canada-${"a-".repeat(4000)}azerbaijan`)).toBeUndefined();
  });
});
