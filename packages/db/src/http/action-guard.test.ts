import { once } from "node:events";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionBodyProblem, guardAction, isCrossOriginWrite, nestsDeeperThan, TITLES } from "./action-guard.mjs";
import { problemTitle } from "./problem-json";

describe("nesting", () => {
  it("counts nesting outside strings only, the same in text and in its UTF-8 bytes", () => {
    const cases: [string, number, boolean][] = [
      [`${"[".repeat(201)}${"]".repeat(201)}`, 200, true],
      [`${"[".repeat(200)}${"]".repeat(200)}`, 200, false],
      [JSON.stringify(["[[[[[[".repeat(100), { a: ['"{{{'] }]), 5, false],
      [`{"a":"\\"[[[["}`, 1, false],
      [`{"é€😀":[["ü"]]}`, 2, true],
    ];
    for (const [text, max, deeper] of cases) {
      expect(nestsDeeperThan(text, max)).toBe(deeper);
      expect(nestsDeeperThan(Buffer.from(text), max)).toBe(deeper);
    }
  });

  it("refuses a deep text body or a deep JSON field of a form, not brackets a user typed into a field", async () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    expect((await actionBodyProblem(Buffer.from(deep), "text/plain;charset=UTF-8"))?.[0]).toBe(400);
    const form = new FormData();
    form.set("1_name", "ok");
    form.set("0", deep);
    expect((await multipart(form))?.[0]).toBe(400);
    const text = new FormData();
    text.set("0", '["$K1"]');
    text.set("1_email", "{T${T$".repeat(500));
    expect(await multipart(text)).toBeNull();
    expect(await actionBodyProblem(Buffer.from(JSON.stringify([{ a: [1, [2]] }, "text"])), "text/plain")).toBeNull();
  });

  it("names its problems with the titles every other problem uses", () => {
    for (const [code, title] of Object.entries(TITLES)) expect(problemTitle(code, 400)).toBe(title);
  });
});

async function multipart(form: FormData) {
  const encoded = new Request("http://editor.test/", { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  return actionBodyProblem(body, encoded.headers.get("content-type") ?? "");
}

describe("origins", () => {
  const from = (headers: Record<string, string>, method = "POST", site?: string) =>
    isCrossOriginWrite(method, (name) => headers[name], site);

  it("refuses a write from another origin, a null origin or a cross-site fetch without one", () => {
    expect(from({ origin: "https://evil.example", host: "editor.test" })).toBe(true);
    expect(from({ origin: "null", host: "editor.test" })).toBe(true);
    expect(from({ "sec-fetch-site": "cross-site", host: "editor.test" })).toBe(true);
  });

  it("lets through the request's own host, the configured site, reads and requests without Origin", () => {
    expect(from({ origin: "http://editor.test", host: "editor.test" })).toBe(false);
    expect(from({ origin: "https://dyad.example", "x-forwarded-host": "dyad.example, x", host: "127.0.0.1" })).toBe(
      false,
    );
    expect(from({ origin: "https://editor.example", host: "127.0.0.1" }, "POST", "https://editor.example/")).toBe(
      false,
    );
    expect(from({ origin: "https://evil.example", host: "editor.test" }, "GET")).toBe(false);
    expect(from({ host: "editor.test" })).toBe(false);
  });
});

/**
 * A real HTTP server with the guard in front of a handler that reads the body the ways Next.js
 * and route handlers do, answering with what it read, so a test sees exactly what got through.
 */
describe("the guard in front of a server", () => {
  let server: Server;
  let base: string;
  const readers: Record<string, (req: IncomingMessage) => Promise<Buffer>> = {
    pipeline: async (req) => {
      const chunks: Buffer[] = [];
      const sink = new PassThrough();
      sink.on("data", (chunk: Buffer) => chunks.push(chunk));
      await pipeline(req, sink);
      return Buffer.concat(chunks);
    },
    events: (req) =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on("data", (chunk: Buffer) => chunks.push(chunk));
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
      }),
    iterator: async (req) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      if (await guardAction(req, res)) return;
      const read = readers[String(req.headers["x-reader"] ?? "pipeline")] ?? readers.pipeline;
      const body = await read?.(req);
      res.end(JSON.stringify({ action: req.headers["next-action"] ?? null, bytes: body?.length, body: String(body) }));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** Send a request; `chunks` go out one by one (chunked, unless a length is given) with a pause between. */
  function send(path: string, options: { method?: string; headers?: Record<string, string>; chunks?: string[] }) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${base}${path}`,
        { method: options.method ?? "POST", headers: options.headers },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            body += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      const chunks = [...(options.chunks ?? [])];
      const next = () => {
        const chunk = chunks.shift();
        if (chunk === undefined) return void req.end();
        req.write(chunk);
        setTimeout(next, 5);
      };
      next();
    });
  }
  const action = (headers: Record<string, string> = {}) => ({
    "next-action": "7f00",
    "content-type": "text/plain;charset=UTF-8",
    origin: base,
    ...headers,
  });

  it.each(Object.keys(readers))(
    "hands the whole body on, byte for byte, to a handler reading it by %s",
    async (reader) => {
      const text = JSON.stringify([{ name: "Ünïcödé 😀", items: Array.from({ length: 20_000 }, (_, i) => i) }]);
      const exact = await send("/relations", { headers: action({ "x-reader": reader }), chunks: [text] });
      expect(exact.status).toBe(200);
      expect(JSON.parse(exact.body)).toEqual({ action: "7f00", bytes: Buffer.byteLength(text), body: text });
      // Chunked, in pieces that arrive apart: the guard waits for the last one.
      const pieces = [text.slice(0, 10), text.slice(10, 50_000), text.slice(50_000)];
      const chunked = await send("/relations", { headers: action({ "x-reader": reader }), chunks: pieces });
      expect(JSON.parse(chunked.body).body).toBe(text);
    },
  );

  it("lets an action without a body and any request without Next-Action through untouched", async () => {
    const empty = await send("/relations", { headers: action({ "content-length": "0" }) });
    expect(JSON.parse(empty.body)).toEqual({ action: "7f00", bytes: 0, body: "" });
    const form = await send("/relations", { headers: { origin: "https://evil.example" }, chunks: ["[[[["] });
    expect(JSON.parse(form.body)).toMatchObject({ action: null, body: "[[[[" });
  });

  it("drops Next-Action from anything but a POST, which is then a page", async () => {
    const page = await send("/relations", { method: "GET", headers: { "next-action": "7f00" } });
    expect(JSON.parse(page.body)).toMatchObject({ action: null });
  });

  it("refuses a deep body (given whole or chunked) with 400", async () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    // An empty Next-Action is still an action call to Next.js.
    for (const [chunks, id] of [
      [[deep], "7f00"],
      [[deep.slice(0, 3000), deep.slice(3000)], "7f00"],
      [[deep], ""],
    ] as const) {
      const answer = await send("/relations", { headers: action({ "next-action": id }), chunks: [...chunks] });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 400, code: "INVALID", detail: /200 levels deep/ });
    }
  });

  it("refuses a body over 10 MB with 413, by its length or, chunked, by counting", async () => {
    const big = "x".repeat(11 * 1024 * 1024);
    const declared = await send("/relations", {
      headers: action({ "content-length": String(big.length) }),
      chunks: [big],
    });
    expect(declared.status).toBe(413);
    const counted = await send("/relations", { headers: action(), chunks: [big.slice(0, 6e6), big.slice(6e6)] });
    expect(counted.status).toBe(413);
    expect(JSON.parse(counted.body)).toMatchObject({ status: 413, code: "TOO_LARGE" });
    // The server carries on: the next call is answered as usual.
    expect((await send("/relations", { headers: action(), chunks: ["[]"] })).status).toBe(200);
  });

  it("refuses a call from another origin with 403 and an undecodable path with 400, before reading", async () => {
    const foreign = await send("/relations", { headers: action({ origin: "https://evil.example" }), chunks: ["[]"] });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ code: "FORBIDDEN" });
    const path = await send("/relations/%zz?q=%zz", { headers: action(), chunks: ["[]"] });
    expect(path.status).toBe(400);
    expect(JSON.parse(path.body)).toMatchObject({ code: "INVALID", detail: /percent-encoding/ });
  });
});
