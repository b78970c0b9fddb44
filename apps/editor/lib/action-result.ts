import { AppError, type AppErrorCode, toProblem } from "@dyad/db";
import { unstable_rethrow } from "next/navigation";

export interface FieldIssue {
  path: string;
  message: string;
}

export type ActionError = {
  code: AppErrorCode | "INTERNAL";
  message: string;
  /** Problems by field path, shown beside each field. */
  issues?: FieldIssue[];
  details?: Record<string, unknown>;
};

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * Run a server action's work and map failures once: an AppError becomes a result the form can
 * show; anything else is logged and becomes a generic message (never a stack, never a 500
 * page for input a user can send). Next's own redirects and interrupts pass through.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      const { issues, ...details } = error.details as { issues?: FieldIssue[] };
      return { ok: false, error: { code: error.code, message: error.message, issues, details } };
    }
    // Known database failures (a unique violation is a conflict), mapped by @dyad/db.
    const problem = toProblem(error);
    if (problem.status < 500) {
      return { ok: false, error: { code: problem.body.title as AppErrorCode, message: String(problem.body.detail) } };
    }
    console.error("Server action failed", error);
    return { ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side: try again" } };
  }
}

/** A form field as a trimmed string ("" when missing or a file). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}
