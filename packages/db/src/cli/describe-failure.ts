import { AppError } from "../errors";

const CONNECTION_LOST =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|terminating connection|Client has encountered a connection error|server closed the connection|timeout exceeded when trying to connect/i;

/** The messages of an error and its causes, outermost first. */
function messages(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error as { message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.message === "string") out.push(e.message);
    else if (typeof e === "string") out.push(e);
    e = e.cause as typeof e;
  }
  return out;
}

/**
 * One line for a command-line tool to print when it fails, instead of a stack: a refusal as
 * the domain said it, a lost database connection as such (the import runs in one transaction,
 * so nothing of it was kept), a missing file by name, anything else by its first message line.
 */
export function describeFailure(error: unknown, what: string): string {
  if (error instanceof AppError) return `${what} refused: ${error.message}`;
  const all = messages(error);
  const lost = all.find((m) => CONNECTION_LOST.test(m));
  if (lost) {
    return `${what} failed: the connection to the database was lost (${lost.split("\n")[0]?.trim()}). Nothing was written; run it again once the database is back.`;
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  const path = (error as { path?: unknown } | undefined)?.path;
  if (code === "ENOENT" && typeof path === "string") return `${what} failed: no such file: ${path}`;
  return `${what} failed: ${(all[0] ?? String(error)).split("\n")[0]}`;
}
