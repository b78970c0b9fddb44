export * from "@dyad/core/schemas/partial-date";
