import { describe, expect, it } from "vitest";
import { databaseFailure } from "./database-error";

const prismaError = (originalCode: string) =>
  Object.assign(new Error("Invalid input"), {
    name: "PrismaClientKnownRequestError",
    code: "P2010",
    meta: { driverAdapterError: { cause: { originalCode } } },
  });

describe("databaseFailure", () => {
  it("reads the database's SQLSTATE from Prisma's error, not Prisma's own code", () => {
    expect(databaseFailure(prismaError("22P02"))).toEqual({ sqlState: "22P02" });
  });

  it("reads pg's code, and the driver adapter's cause, through the chain of causes", () => {
    const pgError = Object.assign(new Error("out of range"), { code: "22003" });
    expect(databaseFailure(new Error("read failed", { cause: pgError }))).toEqual({
      sqlState: "22003",
      message: "out of range",
    });
    const adapter = Object.assign(new Error("adapter"), {
      name: "DriverAdapterError",
      cause: { originalCode: "23505" },
    });
    expect(databaseFailure(adapter)).toEqual({ sqlState: "23505" });
  });

  it("keeps the database's own message, such as a trigger's refusal", () => {
    const refused = Object.assign(new Error("RestrictViolation"), {
      name: "DriverAdapterError",
      cause: { originalCode: "23001", originalMessage: "rows of source are immutable (UPDATE refused)" },
    });
    expect(databaseFailure(refused)).toEqual({
      sqlState: "23001",
      message: "rows of source are immutable (UPDATE refused)",
    });
  });

  it("counts an unreachable database as a failure without a code, and our own errors as none", () => {
    expect(databaseFailure(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toEqual({ sqlState: undefined });
    expect(databaseFailure(new Error("a bug of ours"))).toBeNull();
    expect(databaseFailure(undefined)).toBeNull();
  });
});
