export * from "./audit";
export * from "./change-set";
export * from "./editor-actions";
export * from "./fact";
export * from "./fact-data";
export * from "./partial-date";
export * from "./source";
export * from "./suggestion";
