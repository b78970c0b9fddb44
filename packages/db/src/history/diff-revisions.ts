import type { Actor } from "../actor";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { diffRevisionViews } from "../read-model/diff";
import { revisionSelect, toRevisionView } from "../read-model/revision-view";
import { ZUuid } from "../schemas/fact";

/** Compare any two revisions of one fact, in either order. */
export async function diffRevisions(options: {
  factId: string;
  fromRevisionId: string;
  toRevisionId: string;
  actor: Actor;
}) {
  assertRole(options.actor, "EDITOR");
  const factId = parseInput(ZUuid, options.factId);
  const ids = [parseInput(ZUuid, options.fromRevisionId), parseInput(ZUuid, options.toRevisionId)];
  const rows = await getDb().factRevision.findMany({ where: { id: { in: ids }, factId }, select: revisionSelect });
  const from = rows.find((r) => r.id === ids[0]);
  const to = rows.find((r) => r.id === ids[1]);
  if (!from || !to) throw new AppError("NOT_FOUND", "Those revisions are not both revisions of this fact");
  const fromView = toRevisionView(from);
  const toView = toRevisionView(to);
  return { from: fromView, to: toView, changes: diffRevisionViews(fromView, toView) };
}
