export * from "@dyad/core/schemas/related-link";
