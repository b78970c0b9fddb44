import { createCipheriv, hkdfSync, randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The editor's server actions over HTTP, as the browser calls them (tests/setup/server-actions.ts
 * explains the wire format; this is the part a benchmark needs: JSON arguments, a forged session,
 * row 0's return value). Action ids differ per build, so they are read from the build that runs.
 */
export interface EditorClient {
  call(action: string, args: unknown[], pagePath: string): Promise<unknown>;
}

/** A session cookie for `userId` signed with the editor's NEXTAUTH_SECRET, as next-auth writes it. */
export function sessionCookie(secret: string, userId: string, sessionVersion = 0): string {
  const key = Buffer.from(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
  const header = Buffer.from(JSON.stringify({ alg: "dir", enc: "A256GCM" })).toString("base64url");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(header, "ascii"));
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: userId, sv: sessionVersion, iat: now, exp: now + 3600, jti: randomUUID() };
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(claims), "utf8"), cipher.final()]);
  const jwe = [
    header,
    "",
    iv.toString("base64url"),
    ciphertext.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ];
  return `next-auth.session-token=${jwe.join(".")}`;
}

/** Calls into the editor at `baseUrl` built in `editorDir`, as the holder of `cookie`. */
export function editorClient(options: { baseUrl: string; editorDir: string; cookie: string }): EditorClient {
  const manifest = JSON.parse(
    readFileSync(path.join(options.editorDir, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    ids.set(`${entry.filename.replace(/^apps\/editor\/app\//, "")}#${entry.exportedName}`, id);
  }
  return {
    async call(action, args, pagePath) {
      const id = ids.get(action);
      if (!id) throw new Error(`No server action ${action} in ${options.editorDir}'s build`);
      const response = await fetch(`${options.baseUrl}${pagePath}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          accept: "text/x-component",
          "next-action": id,
          origin: options.baseUrl,
          cookie: options.cookie,
          "content-type": "text/plain;charset=UTF-8",
        },
        // Our arguments are plain JSON with no string starting with "$" (React's reply format).
        body: JSON.stringify(args),
      });
      const text = await response.text();
      const rows = new Map<string, string>();
      for (const line of text.split("\n")) {
        const colon = line.indexOf(":");
        if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
      }
      // Row 0 carries the return value, inline or as a reference to its row (when the answer
      // also carries a rendered page).
      const parse = (id: string) => {
        const row = rows.get(id);
        return row === undefined ? undefined : (JSON.parse(row) as unknown);
      };
      let value = (parse("0") as { a?: unknown } | undefined)?.a;
      const ref = typeof value === "string" ? /^\$@?([0-9a-f]+)$/.exec(value) : null;
      if (ref?.[1]) value = parse(ref[1]);
      const result = value as { ok: boolean; data?: unknown; error?: unknown } | undefined;
      if (response.status !== 200 || !result?.ok) {
        throw new Error(`${action}: ${response.status} ${JSON.stringify(result?.error) ?? text.slice(0, 300)}`);
      }
      return result.data;
    },
  };
}
