import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface WrkFigures {
  rps: number;
  /** Mean bytes per response (wrk's transfer over its requests, headers included). */
  bytes: number;
}

/**
 * Closed-loop load with wrk: `connections` connections (one thread each up to 2), for `seconds`,
 * each request's path from `paths` in turn (a Lua table), with optional request headers per path.
 * Any non-2xx/304 answer or timeout fails the run: a fast error is not a fast read.
 */
export async function wrk(options: {
  baseUrl: string;
  paths: string[];
  headers?: Record<string, string>[];
  connections: number;
  seconds: number;
  /** wrk threads (default: one per connection up to 2); each starts at a random path. */
  threads?: number;
}): Promise<WrkFigures> {
  const script = path.join(os.tmpdir(), `dyad-bench-wrk-${process.pid}-${Math.random().toString(36).slice(2)}.lua`);
  const lua = (s: string) => JSON.stringify(s);
  const headers = options.headers ?? [];
  writeFileSync(
    script,
    `local paths = { ${options.paths.map(lua).join(", ")} }
local headers = { ${headers
      .map(
        (h) =>
          `{ ${Object.entries(h)
            .map(([k, v]) => `[${lua(k)}] = ${lua(v)}`)
            .join(", ")} }`,
      )
      .join(", ")} }
local i = 0
local bad = 0
setup = function(thread) thread:set("offset", math.random(#paths)) end
request = function()
  i = i + 1
  local n = ((i + (offset or 0)) % #paths) + 1
  return wrk.format("GET", paths[n], headers[n] or {})
end
response = function(status, hdrs, body)
  if status >= 400 then bad = bad + 1 end
end
`,
  );
  const threads = options.threads ?? Math.min(2, options.connections);
  const args = [`-t${threads}`, `-c${options.connections}`, `-d${options.seconds}s`, "--timeout", "10s"];
  return new Promise<WrkFigures>((resolve, reject) => {
    let out = "";
    const child = spawn("wrk", [...args, "-s", script, options.baseUrl]);
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.on("close", (code) => {
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
      const requests = Number(/(\d+) requests in/.exec(out)?.[1]);
      const transfer = /Transfer\/sec:\s+([\d.]+)([KMG]?B)/.exec(out);
      const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[transfer?.[2] ?? "B"] ?? 1;
      const bytes = transfer ? (Number(transfer[1]) * unit) / rps : Number.NaN;
      if (code !== 0 || !Number.isFinite(rps) || requests === 0 || /Non-2xx|timeout [1-9]/.test(out))
        reject(new Error(`wrk failed on ${options.paths[0]}:\n${out}`));
      else resolve({ rps, bytes });
    });
  });
}
