// What the database side of the import (packages/db/src/import) and the tools use: the analysis
// of an article (in this thread or on a worker thread with a budget), the corrections suggested
// for an anomaly, and the shapes they return. Nothing here touches the database.
export { analyzeArticle } from "./analyze-article";
export { analyzeArticleOffThread } from "./analyze-in-worker";
export type { ArticleReference } from "./references";
export { suggestCorrections } from "./suggest-corrections";
export type { Anomaly, ArticleAnalysis, ArticleBlock, ProposedFact } from "./types";
