export * from "@dyad/core/countries/find-country";
