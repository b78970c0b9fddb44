import { env, mode } from "../env";

/**
 * In production the editor's environment is checked when the server starts, so a missing or bad
 * secret stops it with a message naming the variable, instead of every request failing later;
 * and an editor that cannot tell the public site about publishes says so.
 */
export function checkEnvAtStart() {
  if (mode !== "production") return;
  let checked: ReturnType<typeof env>;
  try {
    checked = env();
  } catch (error) {
    console.error(`The editor cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  if (!checked.DYAD_WEB_URL || !checked.DYAD_REVALIDATE_SECRET) {
    console.warn(
      "DYAD_WEB_URL or DYAD_REVALIDATE_SECRET is not set: publishes will not refresh the public site's cached pages, which then change only when their cache lifetime ends.",
    );
  }
}
