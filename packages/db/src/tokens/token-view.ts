import { API_SCOPES, type TApiScope } from "@dyad/api-contract";
import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import type { TMinRole } from "../permissions";

/** The smallest role that may hold a scope: a token never lets its owner do more than the editor app does. */
export const SCOPE_MIN_ROLE: Record<TApiScope, TMinRole> = {
  "facts:write": "EDITOR",
  "releases:write": "REVIEWER",
  "webhooks:write": "EDITOR",
};

export const ZApiTokenView = z.object({
  id: ZUuid,
  name: z.string(),
  prefix: z.string().describe("The first characters of the secret, to recognise it"),
  scopes: z.array(z.enum(API_SCOPES)),
  status: z.enum(["active", "revoked", "expired"]),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().describe("Within a minute"),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TApiTokenView = z.infer<typeof ZApiTokenView>;

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** A token as its owner sees it: never the secret or its hash. */
export function toApiTokenView(row: TokenRow, now = new Date()): TApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.filter((s): s is TApiScope => (API_SCOPES as readonly string[]).includes(s)),
    status: row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active",
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;
