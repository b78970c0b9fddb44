import { AppError, FACT_KINDS, type FactKind, getChangeSet, getRelationForEditor, getWorkingCopy } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FactEditor } from "@/components/fact-editor/fact-editor";
import { toFormState } from "@/components/fact-editor/form-state";
import { requirePageActor } from "@/lib/auth/session";
import { pickersFor, specsFor } from "@/lib/fact-editor-props";
import { DEFAULT_SECTION } from "@/lib/labels";

export const metadata: Metadata = { title: "New fact" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ kind?: string | string[]; changeSet?: string | string[] }>;
};

export default async function NewFactPage(props: Props) {
  const { slug } = await props.params;
  const { kind: requested, changeSet: changeSetId } = await props.searchParams;
  const actor = await requirePageActor("EDITOR", `/relations/${slug}/new`);
  const relation = await getRelationForEditor({ slug, actor }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const changeSet =
    typeof changeSetId === "string" ? await getChangeSet({ changeSetId, actor }).catch(() => null) : null;
  const kind: FactKind = FACT_KINDS.includes(requested as FactKind) ? (requested as FactKind) : "GENERAL";
  const specs = specsFor();
  // What the editor typed here before (a reload, a crash) and has not created yet.
  const copy = await getWorkingCopy({
    form: "NEW_FACT",
    relationId: relation.id,
    changeSetId: changeSet?.id ?? null,
    actor,
  });
  const restored =
    copy && "fact" in copy.content
      ? { content: copy.content.fact, note: copy.content.note, baseRevisionId: null, savedAt: copy.savedAt }
      : null;
  const initial = toFormState({ kind, section: DEFAULT_SECTION[kind], statement: "", data: {} }, specs[kind] ?? [], {});
  return (
    <>
      <p className="small">
        <Link href={`/relations/${relation.slug}`}>{relation.name}</Link>
      </p>
      <h1>New fact</h1>
      <p className="muted">It is saved as a draft; the public sees it only once a reviewer publishes it.</p>
      <FactEditor
        mode="create"
        relationId={relation.id}
        specs={specs}
        initial={initial}
        sourceInfo={{}}
        pickers={pickersFor(relation.countries)}
        changeSet={changeSet ? { id: changeSet.id, title: changeSet.title, compete: false } : undefined}
        autosave={{ restored }}
      />
    </>
  );
}
