/**
 * Effects on the world outside the database (telling the public site what a publish changed)
 * run after the commit, and the caller does not wait on them: an editor's publish returns when
 * its transaction has committed. What the effect must achieve is already durable (a publish
 * writes its revalidation to the outbox in the same transaction), so an effect that fails or
 * never runs is redone by the outbox sweep; an effect only makes it happen sooner.
 *
 * A process that must observe the effect when the call returns (a test suite that publishes and
 * then reads the site) asks for it once with `awaitEffectsAfterCommit(true)`; `effectsSettled()`
 * waits for the effects still running (a benchmark before it stops the site, a script before it
 * exits).
 */
const running = new Set<Promise<unknown>>();
let awaitEffects = false;

export function awaitEffectsAfterCommit(wait: boolean): void {
  awaitEffects = wait;
}

/** Start the effects, one after the other; resolves at once unless this process awaits them. */
export function runAfterCommit(effects: (() => Promise<unknown>)[]): Promise<void> {
  if (effects.length === 0) return Promise.resolve();
  const done = (async () => {
    for (const effect of effects) {
      try {
        await effect();
      } catch (error) {
        console.warn(`An effect after commit failed (the outbox sweep retries it): ${(error as Error).message}`);
      }
    }
  })();
  running.add(done);
  void done.finally(() => running.delete(done));
  return awaitEffects ? done : Promise.resolve();
}

export async function effectsSettled(): Promise<void> {
  await Promise.all([...running]);
}
