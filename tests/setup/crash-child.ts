// A separate process for crash tests: it runs one import or one publish and is killed with
// SIGKILL by the test while its transaction is open.
import { readFile } from "node:fs/promises";
import { importArticle, publishFact, SYSTEM_ACTOR } from "@dyad/db";

const [mode, arg] = process.argv.slice(2);
if (mode === "import" && arg) {
  await importArticle({ text: await readFile(arg, "utf8"), actor: SYSTEM_ACTOR });
} else if (mode === "publish" && arg) {
  await publishFact({ factId: arg, actor: SYSTEM_ACTOR });
} else {
  throw new Error("usage: crash-child.ts import <file> | publish <factId>");
}
console.log("done");
process.exit(0);
