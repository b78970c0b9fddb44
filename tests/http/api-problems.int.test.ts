import { beforeAll, describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario } from "../setup/api-factories";

const api = apiClient();

describe("API problems speak to people, with a code for programs", () => {
  let slug: string;
  beforeAll(async () => {
    const scenario = await relationScenario();
    slug = scenario.relation.slug;
    await publishedFact(scenario, "Both ministers met in the capital.");
  });

  it("titles each problem in words and keeps the machine name in `code`", async () => {
    const cases: [string, RequestInit, number, string, string][] = [
      ["/api/v1/relations/no-such-relation", {}, 404, "NOT_FOUND", "This relation does not exist"],
      ["/api/v1/relations/no-such-relation/facts", {}, 404, "NOT_FOUND", "This relation does not exist"],
      ["/api/v1/facts/00000000-0000-4000-8000-000000000000", {}, 404, "NOT_FOUND", "This fact does not exist"],
      ["/api/v1/releases/no-such-release", {}, 404, "NOT_FOUND", "This release does not exist"],
      ["/api/v1/releases/latest/facts.xlsx", {}, 404, "NOT_FOUND", "A release has no file of this name"],
      ["/api/v1/no-such-thing", {}, 404, "NOT_FOUND", "There is no endpoint at this address"],
      [`/api/v1/relations/${slug}/facts?limit=0`, {}, 400, "INVALID", "The request has a value that cannot be used"],
      [`/api/v1/relations/${slug}`, { method: "DELETE" }, 405, "METHOD_NOT_ALLOWED", "This method is not allowed here"],
      ["/api/v1/facts", { method: "POST" }, 401, "UNAUTHENTICATED", "This needs an API token"],
    ];
    for (const [path, init, status, code, title] of cases) {
      const problem = await expectProblem(await api.fetch(path, init), status);
      expect({ code: problem.code, title: problem.title }, path).toEqual({ code, title });
    }
  });
});
