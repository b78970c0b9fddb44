import { ZUuid } from "@dyad/core/schemas/fact";
import type { Actor } from "../actor";
import { stageFactEdit } from "../change-sets/stage-fact-edit";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { hasRole, roleRefusal } from "../permissions";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import { ZBulkFactInput } from "../schemas/lists";
import { approveFact } from "../workflow/approve-fact";
import { submitFact } from "../workflow/submit-fact";
import { runEach } from "./bulk-result";

/** Rows the list names by the start of their statement; an unknown id is refused by the action itself. */
async function labelled(factIds: string[]) {
  const ids = factIds.filter((id) => ZUuid.safeParse(id).success);
  const facts = await getDb().fact.findMany({
    where: { id: { in: ids } },
    select: { id: true, currentRevision: { select: { statement: true } } },
  });
  const statements = new Map(facts.map((f) => [f.id, f.currentRevision?.statement ?? ""]));
  return (id: string) => {
    const statement = statements.get(id) ?? "(no such fact)";
    return statement.length > 80 ? `${statement.slice(0, 79)}…` : statement;
  };
}

/**
 * Ticked facts of the editor's list, each through the very operation its own page uses, so the
 * same roles and rules hold: added to a change-set (its latest draft becomes the proposal:
 * stageFactEdit), submitted (submitFact) or approved and published (approveFact, reviewers only,
 * four eyes included: a reviewer's own draft is refused with the reason, the others published).
 * The role is checked once up front; each row then succeeds or is refused on its own, in its own
 * transaction (so no transaction of its own: a hundred rows would outlast one).
 */
export const bulkFactAction = defineOperation({
  minRole: "EDITOR",
  input: ZBulkFactInput,
  transaction: false,
  async run({ input, actor }) {
    if (input.action === "approve" && !hasRole(actor, "REVIEWER")) throw roleRefusal("REVIEWER");
    return input.action === "addToChangeSet"
      ? addToChangeSet(input.changeSetId, input.factIds, actor)
      : step(input.action, input.items, actor, input.allowSelfApproval === true);
  },
});

async function addToChangeSet(changeSetId: string, factIds: string[], actor: Actor) {
  const label = await labelled(factIds);
  return runEach(
    factIds.map((id) => ({ id, label: label(id) })),
    async ({ id }) => {
      const factId = parseInput(ZUuid, id);
      const fact = await getDb().fact.findFirst({
        where: { id: factId, deletedAt: null },
        select: { currentRevision: { select: revisionSelect } },
      });
      if (!fact?.currentRevision) throw notFound("Fact");
      const staged = await stageFactEdit({
        changeSetId,
        factId,
        content: toContentInput(toRevisionView(fact.currentRevision)),
        note: "Added to the change-set from the fact list",
        actor,
      });
      return staged.changed ? "Added to the change-set" : "Already in the change-set";
    },
  );
}

async function step(
  action: "submit" | "approve",
  items: { factId: string; revisionId: string }[],
  actor: Actor,
  allowSelfApproval: boolean,
) {
  const label = await labelled(items.map((i) => i.factId));
  return runEach(
    items.map((i) => ({ id: i.factId, revisionId: i.revisionId, label: label(i.factId) })),
    async ({ id, revisionId }) => {
      if (action === "submit") {
        const r = await submitFact({ factId: id, expectedRevisionId: revisionId, actor });
        return r.changed ? "Submitted for review" : "Already submitted";
      }
      // Four eyes as on the fact's page; an admin's override is given there, one fact at a time.
      await approveFact({ factId: id, expectedRevisionId: revisionId, actor, allowSelfApproval });
      return "Approved and published";
    },
  );
}
