// API tokens: what a token may do, and the request that creates one (in the editor app; the API
// only reads the token).
import { z } from "zod";
import { text } from "./shared/requests";

/** What an API token may do. Reads are public and need no token. */
export const API_SCOPES = ["facts:write", "releases:write", "webhooks:write"] as const;
export const ZApiScope = z
  .enum(API_SCOPES)
  .describe(
    "facts:write: create and revise drafts; releases:write: cut releases; webhooks:write: subscribe to changes",
  );
export type TApiScope = z.infer<typeof ZApiScope>;

export const ZCreateApiTokenRequest = z.strictObject({
  name: text(100).trim().min(1).describe("What the token is for, e.g. 'nightly trade import'"),
  scopes: z.array(ZApiScope).min(1).max(API_SCOPES.length),
  expiresAt: z.coerce.date().nullable().default(null).describe("When the token stops working; null: never"),
});
export type TCreateApiTokenRequest = z.input<typeof ZCreateApiTokenRequest>;
