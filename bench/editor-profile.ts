// Where an editor process's CPU goes, from the profile `edit-publish-http.ts --profile=<dir>`
// writes (node --cpu-prof): `tsx editor-profile.ts <file.cpuprofile>`. The editor's server code is
// bundled and minified, so each frame is mapped back through the build's source maps to the
// package or file it came from. A frame inside Node itself (crypto, streams, sockets) counts for
// the nearest caller that is not, so jose's AES and HKDF count as the session cookie's.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** Areas in the order they are tried on a frame's original source path. */
const AREAS: [area: string, pattern: RegExp][] = [
  ["session cookie (next-auth, jose)", /next-auth|\/jose\/|@panva|\/uuid\//],
  [
    "proxy and action guard (path, origin and body checks, CSP)",
    /apps\/editor\/(proxy|security-headers)|action-guard|http\/undecodable/,
  ],
  ["Prisma (client and query compiler)", /@prisma|generated\/prisma|query_compiler|^wasm:/],
  ["pg (driver)", /\/pg\/|pg-protocol|pg-pool|pg-types/],
  ["zod", /\/zod\//],
  ["React (action arguments and result, RSC)", /react-server-dom|react-dom|\/react\//],
  ["response compression (gzip)", /compiled\/compression/],
  ["Next.js (server, routing, proxy, action dispatch)", /\/next\//],
  ["Dyad (packages/*, apps/editor)", /packages\/|apps\/editor/],
];

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}

/** The frame's original source (through the source map when there is one) and line. */
function originOf(frame: ProfileNode["callFrame"]): string {
  const map = frame.url ? sourceMapOf(frame.url) : null;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    | { originalSource?: string; originalLine?: number }
    | undefined;
  // A package's own map names its files relative to it: the package is in the frame's path.
  const where = frame.url.includes("/node_modules/") ? `/${frame.url.replace(/.*\/node_modules\//, "")} ` : "";
  if (entry?.originalSource)
    return `${where}${decodeURIComponent(entry.originalSource)}:${(entry.originalLine ?? 0) + 1}`;
  return `${frame.url}:${frame.lineNumber + 1}`;
}

function areaOf(origin: string): string | undefined {
  return AREAS.find(([, pattern]) => pattern.test(origin))?.[0];
}

/** Busy time by area and the top frames, from `skipSeconds` into the profile (past the start-up). */
export function editorProfileSummary(file: string, skipSeconds = 0, detail = "", top = 30): string[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const origins = new Map<number, string>();
  const origin = (n: ProfileNode) => {
    if (!origins.has(n.id)) origins.set(n.id, originOf(n.callFrame));
    return origins.get(n.id) as string;
  };
  const byArea = new Map<string, number>();
  const bySource = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  let elapsed = 0;
  const others = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    elapsed += dt;
    const leaf = byId.get(id);
    if (!leaf || elapsed < skipSeconds * 1000) return;
    const name = leaf.callFrame.functionName;
    if (name === "(idle)") {
      idle += dt;
      return;
    }
    busy += dt;
    let area: string | undefined = name === "(garbage collector)" ? "garbage collection" : undefined;
    for (let n: ProfileNode | undefined = leaf; !area && n; n = byId.get(parent.get(n.id) ?? -1)) {
      if (n.callFrame.url && !n.callFrame.url.startsWith("node:")) {
        area = areaOf(origin(n)) ?? "other";
        if (area === detail || area === "other") {
          const at = `${n.callFrame.functionName} ${origin(n).replace(/.*node_modules\//, "")}`;
          others.set(at, (others.get(at) ?? 0) + dt);
        }
      }
    }
    area ??= name === "(program)" ? "(program: V8 outside JavaScript)" : "Node.js (no JavaScript caller)";
    byArea.set(area, (byArea.get(area) ?? 0) + dt);
    const key = `${name || "(anonymous)"} ${leaf.callFrame.url ? origin(leaf).replace(/.*node_modules\//, "") : ""}`;
    bySource.set(key, (bySource.get(key) ?? 0) + dt);
  });
  const share = (ms: number) => `${((100 * ms) / busy).toFixed(1)}%`;
  return [
    `busy ${(busy / 1000).toFixed(1)} s, idle ${(idle / 1000).toFixed(1)} s`,
    "Busy time by area:",
    ...[...byArea].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${share(v)}  ${(v / 1000).toFixed(2)} s  ${k}`),
    `Top ${top} frames by self time:`,
    ...[...bySource]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${share(v)}  ${k}`),
    `Where "other"${detail ? ` and "${detail}"` : ""} were counted:`,
    ...[...others]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([k, v]) => `  ${share(v)}  ${k}`),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { skip: { type: "string", default: "0" }, detail: { type: "string", default: "" } },
  });
  for (const file of positionals)
    console.log([file, ...editorProfileSummary(file, Number(values.skip), values.detail)].join("\n"));
}
