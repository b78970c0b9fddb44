/** Runs once when the server starts (Node.js runtime only). */
export async function register() {
  // biome-ignore lint/style/noProcessEnv: Next replaces NEXT_RUNTIME per bundle, so the edge build drops what follows
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/webhook-worker")).startWebhookWorker();
}
