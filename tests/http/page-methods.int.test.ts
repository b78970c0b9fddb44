import { describe, expect, inject, it } from "vitest";
import { createRelation } from "../setup/factories";

const web = () => inject("webUrl");

describe("methods on the public site's pages", () => {
  it("answers a write to a page with 405, Allow and a problem, and OPTIONS with Allow", async () => {
    const relation = await createRelation();
    const pages = ["/", "/search?q=trade", `/relations/${relation.slug}`, "/releases/2026.11.0", "/no-such-page"];
    for (const path of pages) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const refused = await fetch(`${web()}${path}`, { method, body: method === "DELETE" ? undefined : "a=1" });
        expect(refused.status, `${method} ${path}`).toBe(405);
        expect(refused.headers.get("allow"), `${method} ${path}`).toBe("GET, HEAD, OPTIONS");
        expect(refused.headers.get("content-type")).toBe("application/problem+json");
        const problem = await refused.json();
        expect(problem).toMatchObject({ status: 405, code: "METHOD_NOT_ALLOWED" });
        expect(problem.detail).toBe(`${method} is not allowed here; use GET, HEAD, OPTIONS`);
      }
      const options = await fetch(`${web()}${path}`, { method: "OPTIONS" });
      expect(options.status, `OPTIONS ${path}`).toBe(204);
      expect(options.headers.get("allow"), `OPTIONS ${path}`).toBe("GET, HEAD, OPTIONS");
    }

    // Reading is unchanged.
    const page = await fetch(`${web()}/relations/${relation.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const head = await fetch(`${web()}/relations/${relation.slug}`, { method: "HEAD" });
    expect(head.status).toBe(200);
  });

  it("leaves the API's and the feeds' own answers to other methods as they were", async () => {
    const relation = await createRelation();
    const preflight = await fetch(`${web()}/api/v1/search?q=trade`, { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const write = await fetch(`${web()}/api/v1/search?q=trade`, { method: "POST", body: "{}" });
    expect(write.status).toBe(405);
    expect(write.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await write.json()).toMatchObject({ instance: "/api/v1/search" });
    for (const path of ["/feed.xml", `/relations/${relation.slug}/feed.xml`]) {
      const feed = await fetch(`${web()}${path}`, { method: "POST" });
      expect(feed.status, path).toBe(405);
      expect(feed.headers.get("allow"), path).toBe("GET, HEAD, OPTIONS");
    }
  });
});
