export * from "@dyad/core/schemas/fact-data";
