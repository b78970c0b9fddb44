export * from "@dyad/core/slugify";
