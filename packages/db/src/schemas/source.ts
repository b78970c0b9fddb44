export * from "@dyad/core/schemas/source";
