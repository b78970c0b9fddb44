"use client";

import type { TSection } from "@dyad/db";
import { pathLabel, SECTION_LABELS } from "@/lib/labels";
import { fieldId } from "./issues";

export interface CheckResult {
  valid: boolean;
  issues: { path: string; message: string }[];
  publishIssues: { path: string; message: string }[];
  sentenceWarnings: { path: string; message: string }[];
  preview: {
    section: TSection;
    date: string;
    statement: string;
    sources: { title: string; url: string | null; publisher: string | null; locator: string | null }[];
  } | null;
}

/**
 * How the fact will read on the public site (same date wording, statement and numbered
 * citations), checked by the server as the editor types, with what still stands in the way of
 * saving or publishing, each linked to its field.
 */
export function PreviewPanel({ check, checking }: { check: CheckResult | null; checking: boolean }) {
  const preview = check?.preview;
  return (
    <section aria-labelledby="preview-heading" className="sticky">
      <h2 id="preview-heading">Preview</h2>
      <p className="small muted" aria-live="polite">
        {checking
          ? "Checking…"
          : check
            ? check.valid
              ? check.publishIssues.length === 0
                ? "Ready to publish."
                : `Can be saved; ${check.publishIssues.length} thing${check.publishIssues.length === 1 ? "" : "s"} to fix before publishing.`
              : `${check.issues.length} problem${check.issues.length === 1 ? "" : "s"} to fix before saving.`
            : "The preview appears as you type."}
      </p>
      {preview && (
        <div className="preview">
          <p className="small muted">{SECTION_LABELS[preview.section]}</p>
          <p>
            {preview.date && <time>{preview.date}</time>}
            {preview.statement}
            {preview.sources.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: citations are numbered by position
              <sup key={i}>[{i + 1}]</sup>
            ))}
          </p>
          {preview.sources.length > 0 && (
            <ol className="small">
              {preview.sources.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: citations are numbered by position
                <li key={i}>
                  {s.title}
                  {s.publisher && <span className="muted"> · {s.publisher}</span>}
                  {s.locator && <span className="muted"> · {s.locator}</span>}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
      {check && check.sentenceWarnings.length > 0 && (
        <div className="notice warn" role="status">
          <p className="small">The fields disagree with the sentence:</p>
          <ul className="small sentence-warnings">
            {check.sentenceWarnings.map((w) => (
              <li key={`${w.path}:${w.message}`}>
                <a href={`#${fieldId(w.path)}`}>{pathLabel(w.path)}</a>: {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {check && check.issues.length + check.publishIssues.length > 0 && (
        <ul className="small">
          {[...check.issues, ...check.publishIssues].map((i) => (
            <li key={`${i.path}:${i.message}`}>
              <a href={`#${fieldId(i.path || "statement")}`}>{pathLabel(i.path || "statement")}</a>: {i.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
