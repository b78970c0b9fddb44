"use client";

import type { FactKind, ImportPreview, NamedField } from "@dyad/db";
import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { acceptImportAction, previewImportAction } from "@/app/import/actions";
import type { CountryOption } from "@/lib/countries";
import { AutosaveStatusLine, RestoredNotice } from "../fact-editor/autosave-status";
import { toContent, toFormState } from "../fact-editor/form-state";
import { ArticleBlockView } from "./article-block";
import { type Decision, ProposalCard } from "./proposal-card";
import { type ImportCopy, useImportCopy } from "./use-import-copy";

const BATCH = 10;

type Progress = { done: number; total: number; created: number; updated: number; flagged: number };

/**
 * Paste or upload an article, see each paragraph beside the facts proposed from it, adjust and
 * choose them, and accept them as drafts in batches with a progress bar (a long article has
 * hundreds). Each batch is saved on its own, so an interrupted run can simply be repeated:
 * what was accepted is recognised as already imported. The article and the adjustments are kept
 * on the server as the editor works (a reload or a crash brings them back) until they are accepted.
 */
export function ImportWorkbench(props: {
  specs: Partial<Record<FactKind, NamedField[]>>;
  countries: CountryOption[];
  currencies: string[];
  restored: ImportCopy | null;
}) {
  const [text, setText] = useState(props.restored?.text ?? "");
  // Several uploaded articles are worked through one at a time: each is analyzed and accepted on its own.
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [current, setCurrent] = useState(0);
  const [originUrl, setOriginUrl] = useState(props.restored?.originUrl ?? "");
  const [retrievedOn, setRetrievedOn] = useState(props.restored?.retrievedOn ?? "");
  const [restoredAt, setRestoredAt] = useState(props.restored?.savedAt ?? null);
  const [analyzing, setAnalyzing] = useState(false);
  const [error, setError] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [progress, setProgress] = useState<Progress | null>(null);
  const [accepting, setAccepting] = useState(false);
  // Each accepted batch is reviewed as a change-set of its own.
  const [changeSets, setChangeSets] = useState<string[]>([]);
  const statusRef = useRef<HTMLDivElement>(null);
  const fieldsOf = (kind: FactKind) => props.specs[kind] ?? [];
  const copy = useImportCopy({
    restored: props.restored,
    text,
    originUrl,
    retrievedOn,
    decisions,
    fieldsOf,
    busy: analyzing || accepting,
  });

  const pickers = useMemo(() => {
    const pair = (preview?.countryCodes ?? []).flatMap((code) => props.countries.filter((c) => c.code === code));
    return { pair, countries: props.countries, currencies: props.currencies };
  }, [preview, props.countries, props.currencies]);

  function open(list: { name: string; text: string }[], index: number) {
    setCurrent(index);
    setText(list[index]?.text ?? "");
    setPreview(null);
    setProgress(null);
    setError("");
  }

  async function analyze() {
    setAnalyzing(true);
    setError("");
    setPreview(null);
    setProgress(null);
    const result = await previewImportAction(text);
    setAnalyzing(false);
    if (!result.ok) {
      setError(result.error.message);
      requestAnimationFrame(() => statusRef.current?.focus());
      return;
    }
    setPreview(result.data);
    setDecisions(
      copy.withRestored(
        text,
        Object.fromEntries(
          result.data.proposals.map((p) => [
            p.importKey,
            {
              accept: p.status === "new" || p.status === "changed",
              edited: false,
              state: toFormState({ ...p.content, sources: [] }, fieldsOf(p.content.kind), {}),
            },
          ]),
        ),
      ),
    );
    requestAnimationFrame(() => document.getElementById("review-heading")?.focus());
  }

  async function accept() {
    if (!preview) return;
    const chosen = preview.proposals.filter((p) => decisions[p.importKey]?.accept);
    const total = chosen.length;
    const tally: Progress = { done: 0, total, created: 0, updated: 0, flagged: 0 };
    setAccepting(true);
    setChangeSets([]);
    setError("");
    setProgress({ ...tally });
    for (let i = 0; i < total; i += BATCH) {
      const batch = chosen.slice(i, i + BATCH).map((p) => {
        const decision = decisions[p.importKey] as Decision;
        if (!decision.edited) return { importKey: p.importKey };
        const { sources: _, ...content } = toContent(decision.state, fieldsOf(p.content.kind));
        return { importKey: p.importKey, content };
      });
      // Where the article was read makes it a source readers can follow (without, its facts are "unsourced").
      const origin = originUrl.trim() ? { url: originUrl.trim(), ...(retrievedOn ? { retrievedOn } : {}) } : undefined;
      const result = await acceptImportAction({ text, proposals: batch, origin });
      if (!result.ok) {
        setError(
          `${result.error.message}. ${tally.done} of ${total} were accepted before this; accept again to go on.`,
        );
        break;
      }
      const { changeSetId } = result.data;
      if (changeSetId) setChangeSets((ids) => [...ids, changeSetId]);
      for (const outcome of Object.values(result.data.outcomes)) {
        if (outcome === "created") tally.created++;
        else if (outcome === "revised") tally.updated++;
        else if (outcome === "flagged") tally.flagged++;
      }
      tally.done += batch.length;
      setProgress({ ...tally });
    }
    // Accepted: what was kept as the editor worked has served (still busy, so nothing is autosaved meanwhile).
    if (tally.done === total) await copy.discard(copy.content);
    setAccepting(false);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  async function discardRestored() {
    const empty = { text: "", originUrl: "", retrievedOn: "", adjustments: {} };
    const result = await copy.discard(empty);
    if (!result.ok) return setError(result.error.message);
    setText("");
    setOriginUrl("");
    setRetrievedOn("");
    setPreview(null);
    setDecisions({});
    setRestoredAt(null);
  }

  const chosenCount = preview ? preview.proposals.filter((p) => decisions[p.importKey]?.accept).length : 0;
  return (
    <>
      <section aria-labelledby="article-heading">
        <h2 id="article-heading">The article</h2>
        {restoredAt && (
          <RestoredNotice savedAt={restoredAt} onDiscard={() => void discardRestored()}>
            Nothing is imported yet: analyse it again to see your adjustments, then accept them.
          </RestoredNotice>
        )}
        <div className="field">
          <label htmlFor="article-file">Upload text files (one or several)</label>
          <input
            id="article-file"
            type="file"
            multiple
            accept=".txt,.md,.wiki,.wikitext,text/plain"
            onChange={async (e) => {
              const list = await Promise.all(
                [...(e.target.files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })),
              );
              setFiles(list);
              if (list.length > 0) open(list, 0);
            }}
          />
        </div>
        {files.length > 1 && (
          <nav aria-label="Uploaded articles" className="field">
            <p>
              Article {current + 1} of {files.length}: {files[current]?.name}
            </p>
            <ol>
              {files.map((f, i) => (
                <li key={f.name}>
                  <button
                    type="button"
                    className="link"
                    aria-current={i === current ? "true" : undefined}
                    disabled={analyzing || accepting}
                    onClick={() => open(files, i)}
                  >
                    {f.name}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <div className="field">
          <label htmlFor="article-text">Or paste it here</label>
          <textarea id="article-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
          <span className="help">
            {text.trim() ? `${text.trim().split(/\s+/).length.toLocaleString("en")} words` : ""}
          </span>
        </div>
        <div className="field">
          <label htmlFor="article-origin">Where it was read (address)</label>
          <input
            id="article-origin"
            type="url"
            placeholder="https://en.wikipedia.org/wiki/…"
            value={originUrl}
            onChange={(e) => setOriginUrl(e.target.value)}
          />
          <span className="help">
            The article becomes a source readers can follow; without it, its facts are unsourced.
          </span>
        </div>
        <div className="field">
          <label htmlFor="article-retrieved">Read on</label>
          <input
            id="article-retrieved"
            type="date"
            value={retrievedOn}
            onChange={(e) => setRetrievedOn(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="button" onClick={analyze} disabled={analyzing || accepting || !text.trim()}>
            {analyzing ? "Analyzing…" : "Analyze"}
          </button>
          <AutosaveStatusLine
            status={copy.status}
            unsaved={text.trim() !== ""}
            onRetry={copy.retry}
            saveHint="accepting the proposals imports them"
          />
        </div>
        {analyzing && <progress aria-label="Analyzing the article" />}
      </section>
      <div ref={statusRef} tabIndex={-1}>
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        {progress && (
          <div className={`notice ${progress.done === progress.total ? "ok" : ""}`}>
            <label htmlFor="accept-progress">
              Accepted {progress.done} of {progress.total}
            </label>
            <progress id="accept-progress" value={progress.done} max={Math.max(progress.total, 1)} />
            <p role="status">
              {progress.created} created, {progress.updated} updated, {progress.flagged} flagged for a merge
              {progress.done === progress.total && preview && (
                <>
                  . <Link href={`/relations/${preview.relationSlug}`}>Open the relation</Link>
                  {changeSets.map((id, i) => (
                    <span key={id}>
                      {" "}
                      · <Link href={`/change-sets/${id}`}>Review change-set {changeSets.length > 1 ? i + 1 : ""}</Link>
                    </span>
                  ))}
                  {current < files.length - 1 && (
                    <>
                      {" "}
                      <button type="button" onClick={() => open(files, current + 1)}>
                        Next article: {files[current + 1]?.name}
                      </button>
                    </>
                  )}
                </>
              )}
            </p>
          </div>
        )}
      </div>
      {preview && (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading" tabIndex={-1}>
            {preview.title}: {preview.proposals.length} proposed facts
          </h2>
          <div className="actions">
            <button type="button" onClick={accept} disabled={accepting || chosenCount === 0}>
              {accepting ? "Accepting…" : `Accept ${chosenCount} as drafts`}
            </button>
          </div>
          {preview.blocks.map((block) => {
            const proposals = preview.proposals.filter((p) => p.blockIndex === block.index);
            return (
              <div key={block.index} className="paragraph-pair">
                <ArticleBlockView
                  block={block}
                  anomalies={preview.anomalies.filter((a) => a.blockIndex === block.index)}
                />
                <div>
                  {proposals.length === 0 && <p className="small muted">No fact proposed from this paragraph.</p>}
                  {proposals.map((p) => (
                    <ProposalCard
                      key={p.importKey}
                      importKey={p.importKey}
                      status={p.status}
                      changes={p.changes}
                      decision={decisions[p.importKey] as Decision}
                      fields={fieldsOf(p.content.kind)}
                      pickers={pickers}
                      onChange={(d) => setDecisions((all) => ({ ...all, [p.importKey]: d }))}
                    />
                  ))}
                </div>
              </div>
            );
          })}
        </section>
      )}
    </>
  );
}
