import {
  createFact,
  openChangeSet,
  publishChangeSet,
  publishFact,
  reviewChangeSet,
  stageFactEdit,
  stageWithdrawal,
  submitChangeSet,
} from "@dyad/db";
import { createRelation, createUser, generalFact, unique } from "./factories";

/**
 * A relation with three public facts, then a published change-set (a "state visit") that edits
 * two and withdraws the third; `since` lies just before its publish. `publishOne` publishes
 * another fact of the relation on its own.
 */
export async function publishedChangeSet() {
  const tag = unique();
  const relation = await createRelation();
  const admin = await createUser("ADMIN");
  const publishOne = async (text: string) => {
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact(text),
      note: "First",
      actor: admin.actor,
    });
    await publishFact({ factId, revisionId: revision.id, actor: admin.actor });
    return factId;
  };
  const ids: string[] = [];
  for (const text of [`Embassy opened in 1992 (${tag}).`, `Trade was small (${tag}).`, `A treaty (${tag}).`]) {
    ids.push(await publishOne(text));
  }
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const title = `State visit ${tag}`;
  const description = `Facts the state visit changed (${tag}).`;
  const set = await openChangeSet({ title, description, actor: editor.actor });
  for (const [i, text] of [`Embassy opened in 1993 (${tag}).`, `Trade grew (${tag}).`].entries()) {
    await stageFactEdit({
      changeSetId: set.id,
      factId: ids[i] as string,
      content: generalFact(text),
      note: "Visit",
      actor: editor.actor,
    });
  }
  await stageWithdrawal({ changeSetId: set.id, factId: ids[2] as string, note: "Never signed", actor: editor.actor });
  await submitChangeSet({ changeSetId: set.id, actor: editor.actor });
  await reviewChangeSet({ changeSetId: set.id, decision: "APPROVED", actor: reviewer.actor });
  const since = new Date(Date.now() - 1).toISOString();
  await publishChangeSet({ changeSetId: set.id, actor: reviewer.actor });
  return { relation, ids, set, title, description, tag, publishOne, reviewer, since };
}
