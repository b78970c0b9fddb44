import type { TWorkingCopyKey } from "../schemas/working-copy";

/** The row's columns for a key: a form without a relation or change-set keys them as null. */
export function copyWhere(userId: string, key: TWorkingCopyKey) {
  return {
    userId,
    form: key.form,
    relationId: "relationId" in key ? key.relationId : null,
    changeSetId: "changeSetId" in key ? key.changeSetId : null,
  };
}
