import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError, type AppErrorCode } from "@dyad/core/errors";
import type { ArticleAnalysis } from "./types";

// The analyzer runs on its own thread with a time and a memory budget, so that one editor's
// article never holds up the event loop that serves everybody else, and a text the analyzer
// is slow on is refused with a message instead of running for minutes. A fresh thread each time:
// terminating it is the only way to stop a synchronous analysis, and imports are rare.

/** How long one analysis may take; the seed article takes about a second. */
export const ANALYSIS_BUDGET_MS = 30_000;
const MEMORY_BUDGET_MB = 1024;

type Reply =
  | { ok: true; analysis: ArticleAnalysis }
  | { ok: false; code: AppErrorCode; message: string; details: Record<string, unknown> };

/** analyzeArticle on a worker thread. Throws AppError("INVALID") for a text it cannot analyse within budget. */
export function analyzeArticleOffThread(text: string, budget: { budgetMs?: number } = {}): Promise<ArticleAnalysis> {
  const budgetMs = budget.budgetMs ?? ANALYSIS_BUDGET_MS;
  const options = { workerData: { text }, resourceLimits: { maxOldGenerationSizeMb: MEMORY_BUDGET_MB } };
  // biome-ignore lint/style/noProcessEnv: Next defines it in its bundles (where the worker is JavaScript); unset when run from source
  const worker = process.env.NEXT_RUNTIME
    ? new Worker(new URL("./analyze-worker.ts", import.meta.url), options)
    : new Worker(fromSource(), { ...options, eval: true, execArgv: [] });
  return new Promise<ArticleAnalysis>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new AppError(
              "INVALID",
              `The article could not be analysed within ${budgetMs / 1000} s; split it into smaller articles`,
              { budgetMs },
            ),
          ),
        ),
      budgetMs,
    );
    worker.once("message", (reply: Reply) =>
      settle(() =>
        reply.ok ? resolve(reply.analysis) : reject(new AppError(reply.code, reply.message, reply.details)),
      ),
    );
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new AppError(
                "INVALID",
                `The article needs more than ${MEMORY_BUDGET_MB} MB to analyse; split it into smaller articles`,
              )
            : error,
        ),
      ),
    );
    worker.once("exit", () => settle(() => reject(new Error("The analyzer's thread ended without an answer"))));
  });
}

/**
 * Inside a Next.js build the worker is bundled JavaScript. Run from source (the CLI under tsx,
 * the tests under vitest) it is the .ts file, which Node 20 cannot load by itself, and a thread
 * does not run the --import loader of tsx (Node 20): so the thread requires it through tsx's
 * CommonJS hook, which works in any thread.
 */
function fromSource(): string {
  // Named at run time: a bundler must not follow it (tsx is a tool for source, not for a build).
  const tsx = createRequire(import.meta.url).resolve(["tsx", "cjs"].join("/"));
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "analyze-worker.ts");
  return `require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`;
}
