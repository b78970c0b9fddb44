import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";

/** An id as a bulk load makes one (md5 cast to uuid): valid for PostgreSQL, no RFC 9562 version. */
const md5Id = (seed: string) =>
  createHash("md5")
    .update(seed)
    .digest("hex")
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5");

describe("ids in API paths", () => {
  it("accepts every id the database accepts, and refuses what is not an id", async () => {
    const api = apiClient();
    const id = md5Id("no such fact");
    expect(id).not.toMatch(/^.{14}[1-8].{3}[89ab]/); // neither an RFC version nor variant
    // Not found, rather than "Invalid UUID": the id is well formed, there is just no such fact.
    await expectProblem(await api.fetch(`/api/v1/facts/${id}`), 404);
    await expectProblem(await api.fetch(`/api/v1/sources/${id}`), 404);
    await expectProblem(await api.fetch("/api/v1/facts/not-an-id"), 400);
    await expectProblem(await api.fetch(`/api/v1/facts/${id.slice(0, -1)}g`), 400);
  });
});
