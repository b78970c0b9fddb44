import { ZApiFactPage } from "@dyad/api-contract";
import { describe, expect, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { tokenFor } from "../setup/api-factories";
import { cutRelease } from "../setup/api-releases";
import { unique } from "../setup/factories";

const reader = apiClient();
const BY = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };
const BY_SA = { name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" };

describe("licence and attribution", () => {
  it("states the data's licence in the OpenAPI info", async () => {
    const doc = (await reader.json("/api/v1/openapi.json")) as { info: { license: unknown; description: string } };
    expect(doc.info.license).toEqual(BY);
    expect(doc.info.description).toContain("CC BY-SA 4.0");
  });

  it("gives every API answer both licences, and the Wikipedia article with its address on each statement", async () => {
    const page = ZApiFactPage.parse(await reader.json("/api/v1/relations/azerbaijan-canada/facts"));
    expect(page.meta.licence.data).toEqual(BY);
    expect(page.meta.licence.text).toMatchObject(BY_SA);
    for (const fact of page.data) {
      expect(fact.sources.map((s) => s.url)).toContain(
        "https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Canada_relations",
      );
    }
  });

  it("states the licences in a release's manifest", async () => {
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    const release = await cutRelease(secret, `licence.${unique()}`);
    expect(release.manifest.licence).toContain("CC BY 4.0");
    expect(release.manifest.licence).toContain("CC BY-SA 4.0");
  });
});
