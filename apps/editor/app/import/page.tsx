import { getWorkingCopy } from "@dyad/db";
import type { Metadata } from "next";
import { ImportWorkbench } from "@/components/import/import-workbench";
import { requirePageActor } from "@/lib/auth/session";
import { COUNTRY_OPTIONS } from "@/lib/countries";
import { specsFor } from "@/lib/fact-editor-props";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportPage() {
  const actor = await requirePageActor("EDITOR", "/import");
  // The article and adjustments the editor was working on (a reload, a crash), not accepted yet.
  const copy = await getWorkingCopy({ form: "IMPORT", actor });
  const restored = copy && "adjustments" in copy.content ? { ...copy.content, savedAt: copy.savedAt } : null;
  return (
    <>
      <h1>Import an article</h1>
      <p className="muted">
        Paste or upload a relations article (its first line is the title, like “= Azerbaijan–Canada relations =”). You
        will see the facts the importer proposes beside the paragraphs they come from, can adjust them, and accept them
        as drafts. Nothing is imported until you accept; what you paste and adjust is kept for you until then.
      </p>
      <ImportWorkbench
        specs={specsFor()}
        countries={COUNTRY_OPTIONS}
        currencies={Intl.supportedValuesOf("currency")}
        restored={restored}
      />
    </>
  );
}
