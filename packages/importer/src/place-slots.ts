import { isCapitalised, type Token } from "./tokens";

// Where a place is expected beyond "in X": the later items of a list that began in a place
// position ("consulates in Beira and Quelimani", "in Cali, Ipiales and Medelin").

const LIST_GLUE = new Set([",", "and", "or"]);
const ITEM_END = new Set([",", ".", ";", ")", "and", "or"]);

/**
 * Whether token i is an item after the first of a list of capitalised names whose first item
 * follows one of `prepositions`, and the item ends there (a name, not the subject of a new clause).
 */
export function inPlaceList(tokens: Token[], i: number, prepositions: Set<string>): boolean {
  const prev = tokens[i - 1];
  if (!prev || !LIST_GLUE.has(prev.text)) return false;
  const after = tokens[i + 1];
  if (after && !ITEM_END.has(after.text) && !isCapitalised(after.text)) return false;
  // Walk back over the list's names and glue, at most a dozen tokens, to what opened it.
  for (let k = i - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
    const t = tokens[k] as Token;
    if (LIST_GLUE.has(t.text) || (t.word && isCapitalised(t.text))) continue;
    return t.word && prepositions.has(t.text) && k < i - 2;
  }
  return false;
}
