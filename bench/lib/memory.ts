import { readFileSync, writeFileSync } from "node:fs";

/** A memory figure of a process, in MB, from /proc/<pid>/status (VmHWM: the peak resident set). */
export function rssMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no ${field} for process ${pid}`);
  return kb / 1024;
}

/** Reset a process's peak resident set (VmHWM) to its current one, so a later VmHWM is this run's peak. */
export function resetPeakRss(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, "5");
}
