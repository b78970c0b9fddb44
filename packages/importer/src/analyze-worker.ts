import { parentPort, workerData } from "node:worker_threads";
import { AppError } from "@dyad/core/errors";
import { analyzeArticle } from "./analyze-article";

// The analyzer's thread (see analyze-in-worker.ts): analyse the text it was given, post the
// analysis or the refusal back, and end.

try {
  parentPort?.postMessage({ ok: true, analysis: analyzeArticle((workerData as { text: string }).text) });
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  parentPort?.postMessage({ ok: false, code: error.code, message: error.message, details: error.details });
}
