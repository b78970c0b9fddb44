import { describe, expect, inject, it } from "vitest";

const get = (path: string) => fetch(`${inject("webUrl")}${path}`, { redirect: "manual" });

/**
 * Where a redirect points. Next.js 16.4 sends the Location of a redirect twice, with the same
 * value, on the first (uncached) render of an ISR page (vercel/next.js#82117); browsers follow
 * identical duplicates, and fetch joins them with ", ". Every value must be the one target.
 */
function target(response: Response): string {
  const values = (response.headers.get("location") ?? "").split(", ");
  const paths = new Set(values.map((v) => new URL(v, inject("webUrl")).pathname));
  expect(paths.size, [...paths].join(" | ")).toBe(1);
  return [...paths][0] ?? "";
}

describe("URLs that forgive", () => {
  it("redirects a relation named another way to its page (308)", async () => {
    for (const path of [
      "/relations/canada-azerbaijan",
      "/relations/Azerbaijan-Canada",
      "/relations/AZ-CA",
      "/relations/can-aze",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(308);
      expect(target(response), path).toBe("/relations/azerbaijan-canada");
    }
    expect((await get("/relations/azerbaijan-canada")).status).toBe(200);
  });

  it("redirects a country named by its code or in other letters to its page (308)", async () => {
    for (const path of ["/countries/AZ", "/countries/aze", "/countries/Azerbaijan"]) {
      const response = await get(path);
      expect(response.status, path).toBe(308);
      expect(target(response), path).toBe("/countries/azerbaijan");
    }
  });

  it("keeps 404 for names that are no relation or country", async () => {
    for (const path of ["/relations/canada-nowhere", "/relations/canada-canada", "/countries/zz", "/countries/%25"]) {
      expect((await get(path)).status, path).toBe(404);
    }
    // A 404 says so in the tab's title too, and every page links the data API's documentation.
    expect(await (await get("/relations/canada-nowhere")).text()).toContain("<title>Not found · Dyad</title>");
    expect(await (await get("/")).text()).toMatch(/<a href="\/docs\/api">Data API and releases<\/a>/);
  });
});
