import { describe, expect, it } from "vitest";
import { AppError, toProblem } from "./errors";

// What pg (raw SQL: the editor's hot writes) raises: the SQLSTATE in `code`, no Prisma around it.
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("toProblem (what a caller is told when the database refuses)", () => {
  it("answers a unique key taken by another write with 409, not 500", () => {
    const { status, body } = toProblem(pgError("23505", 'duplicate key value violates unique constraint "x"'));
    expect(status).toBe(409);
    expect(body.detail).toBe("That already exists");
  });

  it("answers a deadlock or a serialization conflict with 409 and asks to try again", () => {
    for (const code of ["40001", "40P01"]) {
      const { status, body } = toProblem(pgError(code, "deadlock detected"));
      expect(status).toBe(409);
      expect(body.detail).toMatch(/try again/);
    }
  });

  it("keeps a trigger's refusal message and answers bad values with 400", () => {
    expect(toProblem(pgError("23001", "rows of fact_revision are immutable")).body.detail).toMatch(/immutable/);
    expect(toProblem(pgError("22P02", "invalid input syntax for type uuid")).status).toBe(400);
  });

  it("never tells what an unknown failure said", () => {
    const { status, body } = toProblem(new Error("secret internals"));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/secret/);
    expect(toProblem(new AppError("NOT_FOUND", "Fact was not found")).status).toBe(404);
  });
});
