export * from "./audit";
export * from "./editor-actions";
export * from "./fact";
export * from "./fact-data";
export * from "./partial-date";
export * from "./source";
export * from "./suggestion";
