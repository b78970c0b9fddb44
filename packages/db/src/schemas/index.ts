// @dyad/db's schemas, with the fact content schemas of @dyad/core that the apps import from @dyad/db.
export * from "@dyad/core/schemas/fact";
export * from "@dyad/core/schemas/fact-data";
export * from "@dyad/core/schemas/partial-date";
export * from "@dyad/core/schemas/source";
export * from "@dyad/core/schemas/suggestion";
export * from "./audit";
export * from "./change-set";
export * from "./editor-actions";
export * from "./working-copy";
export * from "./working-draft";
