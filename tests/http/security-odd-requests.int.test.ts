import { request as httpRequest } from "node:http";
import { describe, expect, inject, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { randomIp } from "../setup/server-actions";

/** Requests that made the apps answer 500 (RELIABILITY.md "Attacked from outside"). */
const editor = () => inject("editorUrl");
const web = () => inject("webUrl");
const reader = apiClient();

describe("release files named like JavaScript's own properties", () => {
  it("are files a release does not have (404), not a server error", async () => {
    for (const file of ["constructor", "__proto__", "toString", "hasOwnProperty.gz", "valueOf.br"]) {
      const response = await reader.fetch(`/api/v1/releases/latest/${file}`);
      const problem = await expectProblem(response, 404);
      expect(problem.title).toBe("A release has no file of this name");
    }
  });
});

/** A request fetch() cannot send (it refuses TRACE itself): status, headers and body. */
function rawRequest(url: string, method: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest(url, { method, headers: { "x-forwarded-for": randomIp(), cookie: "secret=1" } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("TRACE", () => {
  it("is refused with a 405 problem by both apps, never echoed, never a server error", async () => {
    for (const url of [`${web()}/`, `${web()}/api/v1/countries`, `${editor()}/`, `${editor()}/api/auth/session`]) {
      const answer = await rawRequest(url, "TRACE");
      expect(answer.status, url).toBe(405);
      expect(answer.headers["content-type"]).toBe("application/problem+json");
      expect(answer.headers.allow).toMatch(/GET/);
      expect(answer.body).not.toContain("secret=1");
      expect(JSON.parse(answer.body)).toMatchObject({ status: 405, title: "This method is not allowed here" });
    }
  });
});
