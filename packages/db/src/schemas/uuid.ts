export * from "@dyad/core/schemas/uuid";
