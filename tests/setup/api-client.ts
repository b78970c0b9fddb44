import { randomInt } from "node:crypto";
import { expect, inject } from "vitest";

/** A synthetic client address in the benchmarking range (RFC 2544), one per simulated client. */
export const syntheticIp = () => `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/**
 * An address for a client that spends its whole rate-limit budget, from the other half of the
 * range: the budget outlives the test (a minute, in the shared server's memory or in Redis), and a
 * later test's random syntheticIp() must never land on an exhausted one and be refused.
 */
export const exhaustibleIp = () => `198.19.${randomInt(0, 256)}.${randomInt(1, 255)}`;

export interface ApiClient {
  ip: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** GET a path, expect 200 and return the parsed JSON body (parse it with the API's response schema). */
  json(path: string): Promise<unknown>;
  send(method: string, path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

/**
 * An API consumer as the public API sees one: requests to the running web app from its own
 * address (X-Forwarded-For, the way a proxy in front of the app reports it), so each simulated
 * client has its own rate-limit budget, optionally with a bearer token.
 */
export function apiClient(options: { token?: string; ip?: string } = {}): ApiClient {
  const base = inject("webUrl");
  const ip = options.ip ?? syntheticIp();
  const headers = (extra: HeadersInit | undefined) => ({
    "x-forwarded-for": ip,
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(extra as Record<string, string> | undefined),
  });
  const client: ApiClient = {
    ip,
    fetch: (path, init = {}) =>
      fetch(`${base}${path}`, { ...init, headers: headers(init.headers), redirect: "manual" }),
    async json(path) {
      const response = await client.fetch(path);
      const text = await response.text();
      expect(response.status, `${path}: ${text}`).toBe(200);
      return JSON.parse(text);
    },
    send: (method, path, body, extra = {}) =>
      client.fetch(path, {
        method,
        headers: { "content-type": "application/json", ...extra },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
  };
  return client;
}

/** Expect an RFC 9457 problem response with this status; returns its body. */
export async function expectProblem(response: Response, status: number) {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(text);
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return body as { title: string; detail: string; [key: string]: unknown };
}
