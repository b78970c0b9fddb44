import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { WEB_DIR } from "./lib/web-server";

export interface WrkResult {
  requestsPerSecond: number;
  p99: number;
  bytes: number;
}

export interface PageFigures {
  page: string;
  asset: string;
  gzip: { page: WrkResult; asset: WrkResult };
  identity: { page: WrkResult; asset: WrkResult };
}

/**
 * The relation page on a production build under wrk, against a static asset of similar size
 * served by the same server in the same run: with `Accept-Encoding: gzip` as browsers send it,
 * and without, both reported.
 */
export async function benchRelationPage(options: {
  webUrl: string;
  slug: string;
  seconds: number;
}): Promise<PageFigures> {
  // Fails loudly when wrk is missing (apt-get install wrk); `wrk --version` itself exits 1.
  execFileSync("sh", ["-c", "command -v wrk"], { stdio: "ignore" });
  const page = `${options.webUrl}/relations/${options.slug}`;
  const pageSize = (await (await fetch(page)).text()).length;
  const asset = `${options.webUrl}${closestStaticAsset(WEB_DIR, pageSize)}`;
  for (let i = 0; i < 20; i++)
    await Promise.all([fetch(page).then((r) => r.text()), fetch(asset).then((r) => r.text())]);
  const run = (url: string, gzip: boolean) => wrk(url, options.seconds, gzip);
  return {
    page,
    asset,
    gzip: { page: run(page, true), asset: run(asset, true) },
    identity: { page: run(page, false), asset: run(asset, false) },
  };
}

/** The `_next/static` file whose size is nearest the page's. */
function closestStaticAsset(webDir: string, size: number): string {
  const root = path.join(webDir, ".next", "static");
  const files: { url: string; size: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ url: `/_next/static/${path.relative(root, full)}`, size: statSync(full).size });
    }
  };
  walk(root);
  files.sort((a, b) => Math.abs(a.size - size) - Math.abs(b.size - size));
  const best = files[0];
  if (!best) throw new Error("no static asset found");
  return best.url;
}

function wrk(url: string, seconds: number, gzip: boolean): WrkResult {
  const headers = gzip ? ["-H", "Accept-Encoding: gzip"] : [];
  const out = execFileSync("wrk", ["-t2", "-c16", `-d${seconds}s`, "--latency", ...headers, url]).toString();
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p99 = parseLatency(/99%\s+([\d.]+\w+)/.exec(out)?.[1] ?? "");
  const bytes = parseSize(/Transfer\/sec:\s+([\d.]+\w+)/.exec(out)?.[1] ?? "0B") / Math.max(rps, 1);
  if (!Number.isFinite(rps) || /Non-2xx/.test(out)) throw new Error(`wrk against ${url} failed:\n${out}`);
  return { requestsPerSecond: rps, p99, bytes };
}

function parseLatency(text: string): number {
  const value = Number.parseFloat(text);
  return text.endsWith("us") ? value / 1000 : text.endsWith("ms") ? value : value * 1000;
}

function parseSize(text: string): number {
  const value = Number.parseFloat(text);
  const unit = text.replace(/[\d.]/g, "");
  return value * ({ B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[unit] ?? 1);
}
