import type { ReactNode } from "react";
import { env } from "../env";

/** A link to a page of the public site when its address is known (DYAD_WEB_URL), else the path. */
export function PublicLink({ path, children }: { path: string; children: ReactNode }) {
  const base = env().DYAD_WEB_URL;
  if (!base) return <code>{path}</code>;
  return <a href={new URL(path, base).toString()}>{children}</a>;
}
