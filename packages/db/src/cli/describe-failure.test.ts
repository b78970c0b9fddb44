import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { describeFailure } from "./describe-failure";

describe("describeFailure", () => {
  it("says a lost connection in one line, however deep the driver wrapped it", () => {
    const error = new Error("Invalid `prisma.fact.findMany()` invocation:\n\nError in connector", {
      cause: new Error("Connection terminated unexpectedly"),
    });
    const line = describeFailure(error, "Import");
    expect(line).toBe(
      "Import failed: the connection to the database was lost (Connection terminated unexpectedly). Nothing was written; run it again once the database is back.",
    );
  });

  it("keeps a domain refusal's message and names a missing file", () => {
    expect(describeFailure(new AppError("INVALID", "The article has no title"), "Import")).toBe(
      "Import refused: The article has no title",
    );
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open 'x.txt'"), {
      code: "ENOENT",
      path: "x.txt",
    });
    expect(describeFailure(missing, "Import")).toBe("Import failed: no such file: x.txt");
  });

  it("never prints more than the first line of anything else", () => {
    const line = describeFailure(new Error("boom\n    at somewhere (file.ts:1:1)"), "Import");
    expect(line).toBe("Import failed: boom");
  });
});
