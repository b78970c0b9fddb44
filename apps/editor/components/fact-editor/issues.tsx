"use client";

import { createContext, useContext } from "react";

export interface IssueView {
  /** A problem that stops saving (schema) or that the server refused. */
  error?: string;
  /** A publish rule the fact fails: it can be saved, not published. */
  warning?: string;
}

export const IssuesContext = createContext<(path: string) => IssueView>(() => ({}));

export const useIssue = (path: string) => useContext(IssuesContext)(path);

/** "f-data-amount-value": a stable, valid id for the input at a content path. */
export const fieldId = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;

/** The message under a field, linked to it by aria-describedby (see describedBy). */
export function FieldMessage({ path }: { path: string }) {
  const issue = useIssue(path);
  return (
    <>
      {issue.error && (
        <span className="error" id={`${fieldId(path)}-error`}>
          {issue.error}
        </span>
      )}
      {issue.warning && (
        <span className="warning" id={`${fieldId(path)}-warning`}>
          Before publishing: {issue.warning}
        </span>
      )}
    </>
  );
}

/** aria-describedby and aria-invalid for the input at `path`, plus any help text's id. */
export function useFieldA11y(path: string, helpId?: string) {
  const issue = useIssue(path);
  const ids = [
    helpId,
    issue.error ? `${fieldId(path)}-error` : undefined,
    issue.warning ? `${fieldId(path)}-warning` : undefined,
  ].filter(Boolean);
  return {
    id: fieldId(path),
    "data-path": path,
    "aria-invalid": issue.error ? true : undefined,
    "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
  } as const;
}
