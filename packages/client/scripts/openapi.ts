/**
 * The OpenAPI document as the web app serves it, built by importing the app's own builder (no app
 * to start, no database). DYAD_PUBLIC_URL stands in for a configured deployment's address, so the
 * document names a public server rather than localhost (which the linters rightly flag).
 */
import { writeFileSync } from "node:fs";

process.env.DYAD_PUBLIC_URL = "https://dyad.invalid";
const { openApiDocument } = await import("../../../apps/web/lib/api/openapi");

export const openApiJson = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`;

/** `tsx scripts/openapi.ts <file>` writes the document there. */
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2]) writeFileSync(process.argv[2], openApiJson());
