export * from "@dyad/core/schemas/text";
