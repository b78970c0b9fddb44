export * from "@dyad/core/countries/world";
