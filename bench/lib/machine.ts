import { execSync } from "node:child_process";
import os from "node:os";

export function describeMachine(pgVersion: string): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  let kernel = "";
  try {
    kernel = execSync("uname -sr").toString().trim();
  } catch {}
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${kernel}, Node ${process.version}, ${pgVersion}; load average at start ${load}`;
}
