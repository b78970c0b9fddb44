/**
 * The value of a read started together with others (Promise.allSettled), or its failure thrown:
 * taken one by one in the order that decides the answer, reads started at once fail as they
 * would have one after another.
 */
export function settledValue<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}
