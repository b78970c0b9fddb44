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

/**
 * CPU time a process has used (user + system), in seconds, from /proc/<pid>/stat: per request,
 * it says what a read costs the server whatever else the machine is doing, which throughput on
 * a shared machine cannot. Linux counts it in clock ticks of 1/100 s (USER_HZ).
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces), from the state (field 3) on.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
