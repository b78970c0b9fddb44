import { awaitEffectsAfterCommit } from "@dyad/db";
import { inject } from "vitest";

// Domain operations read DATABASE_URL on first use: point them at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = "3";
// With the apps running (not in the db tier), publishing from a test revalidates the public site,
// as the editor app does; without them, it notifies nothing.
const webUrl = inject("webUrl");
if (webUrl) {
  process.env.DYAD_WEB_URL = webUrl;
  process.env.DYAD_REVALIDATE_SECRET = inject("revalidateSecret");
} else {
  delete process.env.DYAD_WEB_URL;
}
// A publish returns before the site has heard of it (lib/after-commit.ts in @dyad/db): the
// editor's reviewer does not wait on the site. Tests that publish and then read the site at once
// need that notification done first, so operations called from a test wait for it.
awaitEffectsAfterCommit(true);
