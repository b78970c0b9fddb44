import { createCipheriv, hkdfSync, randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@dyad/db/dev";
import { inject } from "vitest";

/**
 * The editor's server actions, called over HTTP exactly as the browser calls them.
 *
 * Why this path: a server action is an HTTP POST to a page of the app whose bundle contains the
 * action, with the header `Next-Action: <action id>` and the arguments encoded the way React's
 * `encodeReply` encodes them; the answer is an RSC ("flight") stream whose row 0 carries the
 * action's return value. That is the only way any client reaches an action, so it exercises the
 * real session check (next-auth's JWT cookie, re-read against the database on every request),
 * Next's action routing and origin check, and the real decoding of the arguments. It is cheaper
 * and more robust than a browser for thousands of calls. Nothing here imports the apps' code.
 *
 * - Action ids come from the production build's `.next/server/server-reference-manifest.json`
 *   (ids change with each build; the manifest names each one's file and export, and the pages
 *   ("workers") whose bundles hold it: the request must go to such a page).
 * - Arguments: plain JSON values are sent as `text/plain` JSON (React escapes a string starting
 *   with `$` as `$$…` and encodes `undefined` as `"$undefined"`); a FormData argument makes the
 *   body multipart: each of its fields is sent as `_<n>_<name>` and the argument as `"$K<n>"`,
 *   with the argument list itself in field `0`. That is React 19's reply format for the values
 *   our actions take (strings, numbers, booleans, null, objects, arrays, FormData of strings).
 * - Sessions: `signIn` goes through next-auth's real credentials flow (csrf token, then
 *   `/api/auth/callback/credentials`) and keeps the session cookie; `forgedSession` signs a
 *   session cookie itself (JWE `dir`/`A256GCM` with next-auth v4's HKDF-derived key) with any
 *   claims, e.g. an expiry in the past, from the NEXTAUTH_SECRET the test run gave the editor.
 */

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

let manifest: Map<string, { id: string; workers: string[] }> | undefined;

/** Every server action of the editor's build, by `<file under apps/editor/app>#<export>`. */
export function editorActions(): Map<string, { id: string; workers: string[] }> {
  if (manifest) return manifest;
  const file = path.join(REPO_ROOT, "apps/editor/.next/server/server-reference-manifest.json");
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  manifest = new Map();
  for (const [id, entry] of Object.entries(parsed.node)) {
    const name = `${entry.filename.replace(/^apps\/editor\/app\//, "")}#${entry.exportedName}`;
    manifest.set(name, { id, workers: Object.keys(entry.workers) });
  }
  return manifest;
}

export function actionId(name: string): string {
  const found = editorActions().get(name);
  if (!found) throw new Error(`No server action ${name} in the editor's build: ${[...editorActions().keys()]}`);
  return found.id;
}

/** An editor session: the cookie header to send, and the client address it comes from. */
export interface EditorSession {
  cookie: string;
  ip: string;
}

export const anonymousSession = (ip = randomIp()): EditorSession => ({ cookie: "", ip });

export const randomIp = () => `198.18.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

const SESSION_COOKIE = "next-auth.session-token";

function cookiesOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair?.indexOf("=") ?? -1;
    if (pair && eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

/** Sign in through next-auth's credentials flow over HTTP, as the sign-in form does. */
export async function signIn(email: string, password: string, ip = randomIp()): Promise<EditorSession> {
  const base = inject("editorUrl");
  for (let attempt = 0; ; attempt++) {
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = cookiesOf(csrf);
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": ip,
        cookie: Object.entries(jar)
          .map(([k, v]) => `${k}=${v}`)
          .join("; "),
      },
      body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: base }),
    });
    await response.arrayBuffer();
    const token = cookiesOf(response)[SESSION_COOKIE];
    if (token) return { cookie: `${SESSION_COOKIE}=${token}`, ip };
    const location = response.headers.get("location") ?? "";
    // The address throttle may ask to wait a few seconds when many sign-ins share an address.
    const wait = /wait\+?%?2?0?(\d+)/i.exec(decodeURIComponent(location).replace(/\s/g, "+"));
    if (wait && attempt < 5) {
      await new Promise((r) => setTimeout(r, Number(wait[1]) * 1000 + 200));
      continue;
    }
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${location}`);
  }
}

/**
 * A session cookie signed with the editor's NEXTAUTH_SECRET, with the claims given (`sub` the
 * user id, `sv` the session version it was issued at, `exp` in seconds): what next-auth's
 * `encode` writes, so the editor reads it as its own.
 */
export function forgedSession(claims: { sub: string; sv: number; exp: number; iat?: number }): EditorSession {
  const secret = inject("nextauthSecret");
  const key = Buffer.from(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
  const header = Buffer.from(JSON.stringify({ alg: "dir", enc: "A256GCM" })).toString("base64url");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(header, "ascii"));
  const payload = { iat: claims.exp - 3600, jti: randomUUID(), ...claims };
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), "utf8"), cipher.final()]);
  const jwe = [
    header,
    "",
    iv.toString("base64url"),
    ciphertext.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ];
  return { cookie: `${SESSION_COOKIE}=${jwe.join(".")}`, ip: randomIp() };
}

/** React's reply encoding of one value inside the JSON argument list (see the note above). */
function encodeValue(value: unknown, form: { data: FormData | null; next: number }): unknown {
  if (value === undefined) return "$undefined";
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (value instanceof FormData) {
    form.data ??= new FormData();
    const id = form.next++;
    for (const [k, v] of value.entries()) form.data.append(`_${id}_${k}`, v);
    return `$K${id.toString(16)}`;
  }
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, form));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, encodeValue(v, form)]),
    );
  }
  return value;
}

export function encodeReply(args: unknown[]): { body: string | FormData; contentType?: string } {
  const form = { data: null as FormData | null, next: 1 };
  const json = JSON.stringify(args.map((a) => encodeValue(a, form)));
  if (!form.data) return { body: json, contentType: "text/plain;charset=UTF-8" };
  form.data.set("0", json);
  return { body: form.data };
}

/** Decode a flight stream's rows into values, resolving `$<id>`/`$@<id>` references between rows. */
export function decodeFlight(text: string): Map<string, unknown> {
  const raw = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const colon = text.indexOf(":", i);
    if (colon < 0) break;
    const id = text.slice(i, colon);
    if (text[colon + 1] === "T") {
      // A text row: T<hex length>,<that many bytes>
      const comma = text.indexOf(",", colon);
      const length = Number.parseInt(text.slice(colon + 2, comma), 16);
      const bytes = Buffer.from(text.slice(comma + 1), "utf8")
        .subarray(0, length)
        .toString("utf8");
      raw.set(id, JSON.stringify(bytes));
      i = comma + 1 + bytes.length;
      continue;
    }
    const end = text.indexOf("\n", colon);
    const row = text.slice(colon + 1, end < 0 ? undefined : end);
    // Tagged rows (I: client module, H: hint, E: error, D: debug, ...) are kept as text.
    raw.set(id, /^[A-Z]/.test(row) ? JSON.stringify(row) : row);
    i = end < 0 ? text.length : end + 1;
  }
  const values = new Map<string, unknown>();
  const resolve = (id: string, seen: Set<string>): unknown => {
    if (values.has(id)) return values.get(id);
    const row = raw.get(id);
    if (row === undefined || seen.has(id)) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row);
    } catch {
      parsed = row;
    }
    const value = revive(parsed, new Set([...seen, id]));
    values.set(id, value);
    return value;
  };
  const revive = (value: unknown, seen: Set<string>): unknown => {
    if (typeof value === "string" && value.startsWith("$")) {
      if (value.startsWith("$$")) return value.slice(1);
      if (value === "$undefined") return undefined;
      if (value.startsWith("$D")) return new Date(value.slice(2));
      if (value.startsWith("$n")) return BigInt(value.slice(2));
      const ref = /^\$@?([0-9a-f]+)$/.exec(value);
      if (ref?.[1]) return resolve(ref[1], seen);
      return value;
    }
    if (Array.isArray(value)) return value.map((v) => revive(v, seen));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, seen)]));
    }
    return value;
  };
  for (const id of raw.keys()) resolve(id, new Set());
  return values;
}

export type ActionResultLike =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; message: string; issues?: unknown[]; details?: Record<string, unknown> } };

export interface ActionCall {
  status: number;
  contentType: string;
  /** The action's return value (row 0's `a`), when the answer is a flight stream that carries one. */
  result: ActionResultLike | undefined;
  text: string;
  /** The answer's Content-Encoding (fetch has already decoded `text`). */
  contentEncoding: string | null;
}

/**
 * Call `name` (e.g. "facts/actions.ts#saveFactAction") with `args`, POSTing to `pagePath` (a
 * page whose bundle holds the action: see editorActions().get(name).workers).
 */
export async function callAction(
  session: EditorSession,
  name: string,
  args: unknown[],
  options: {
    pagePath: string;
    headers?: Record<string, string>;
    rawBody?: { body: string | FormData; contentType?: string };
  },
): Promise<ActionCall> {
  const base = inject("editorUrl");
  const { body, contentType } = options.rawBody ?? encodeReply(args);
  const response = await fetch(`${base}${options.pagePath}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      accept: "text/x-component",
      "next-action": actionId(name),
      origin: base,
      "x-forwarded-for": session.ip,
      ...(session.cookie ? { cookie: session.cookie } : {}),
      ...(contentType ? { "content-type": contentType } : {}),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  let result: ActionResultLike | undefined;
  if (type.startsWith("text/x-component")) {
    const root = decodeFlight(text).get("0") as { a?: unknown } | undefined;
    result = root?.a as ActionResultLike | undefined;
  }
  return {
    status: response.status,
    contentType: type,
    result,
    text,
    contentEncoding: response.headers.get("content-encoding"),
  };
}

/** The page of the editor to POST an action to, for the pages that hold our actions. */
type PageIds = { factId?: string; slug?: string; changeSetId?: string };

export const ACTION_PAGES: Record<string, (ids: PageIds) => string> = {
  "app/change-sets/page": () => "/change-sets",
  "app/change-sets/[id]/page": ({ changeSetId }) => `/change-sets/${changeSetId ?? randomUUID()}`,
  "app/facts/page": () => "/facts",
  "app/facts/[id]/page": ({ factId }) => `/facts/${factId ?? randomUUID()}`,
  "app/facts/[id]/history/page": ({ factId }) => `/facts/${factId ?? randomUUID()}/history`,
  "app/relations/[slug]/new/page": ({ slug }) => `/relations/${slug ?? "azerbaijan-canada"}/new`,
  "app/relations/[slug]/page": ({ slug }) => `/relations/${slug ?? "azerbaijan-canada"}`,
  "app/relations/page": () => "/relations",
  "app/users/page": () => "/users",
  "app/account/page": () => "/account",
  "app/account/tokens/page": () => "/account/tokens",
  "app/import/page": () => "/import",
};

/** A page path that holds the action `name`. */
export function pageFor(name: string, ids: PageIds = {}): string {
  const workers = editorActions().get(name)?.workers ?? [];
  for (const worker of workers) {
    const page = ACTION_PAGES[worker];
    if (page) return page(ids);
  }
  throw new Error(`No known page holds ${name} (workers: ${workers.join(", ")})`);
}

/** Call an action on a page that holds it. */
export function invoke(session: EditorSession, name: string, args: unknown[], ids: PageIds = {}) {
  return callAction(session, name, args, { pagePath: pageFor(name, ids) });
}
