export * from "@dyad/core/schemas/suggestion";
