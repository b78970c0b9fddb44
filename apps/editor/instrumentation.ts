/** Runs once when the server starts (Node.js runtime only: the check may stop the process). */
export async function register() {
  // biome-ignore lint/style/noProcessEnv: Next replaces NEXT_RUNTIME per bundle, so the edge build drops what follows
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await (await import("./lib/check-env-at-start")).checkEnvAtStart();
  (await import("./lib/revalidation-sweep")).startRevalidationSweep();
  (await import("./lib/schedule-sweep")).startScheduleSweep();
}
