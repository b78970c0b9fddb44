import { describe, expect, it } from "vitest";
import { retryOnPrimary } from "./client";
import { AppError } from "./errors";

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("retryOnPrimary (a public read that failed on a read replica)", () => {
  it("moves the read to the primary and rests the replica when the replica itself failed", () => {
    expect(retryOnPrimary(new Error("Connection terminated unexpectedly"))).toEqual({
      retry: true,
      replicaFailed: true,
    });
    const conflict = pgError("40001", "canceling statement due to conflict with recovery");
    expect(retryOnPrimary(conflict)).toEqual({ retry: true, replicaFailed: true });
  });

  it("keeps the replica in service when the database refused the request's own values", () => {
    for (const code of ["22P02", "22003", "23505", "23001"]) {
      expect(retryOnPrimary(pgError(code, "refused"))).toEqual({ retry: false, replicaFailed: false });
    }
  });

  it("tries a not-found again on the primary (the replica may be behind), nothing else of ours", () => {
    expect(retryOnPrimary(new AppError("NOT_FOUND", "Fact not found"))).toEqual({ retry: true, replicaFailed: false });
    expect(retryOnPrimary(new AppError("INVALID", "bad"))).toEqual({ retry: false, replicaFailed: false });
  });
});
