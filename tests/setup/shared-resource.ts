/**
 * Something the global setups of several tiers share in one run (the run's database, the
 * running apps): started by the first setup that asks for it, stopped when the last one that
 * asked has released it. The tiers' global setups run in vitest's main process, one after the
 * other, each from its own module instance, so what they share is kept on globalThis.
 */
interface Entry<T> {
  started: Promise<{ value: T; stop: () => Promise<void> }>;
  users: number;
}

const holder = globalThis as unknown as Record<symbol, Entry<unknown> | undefined>;

export async function acquire<T>(
  name: string,
  start: () => Promise<{ value: T; stop: () => Promise<void> }>,
): Promise<{ value: T; release: () => Promise<void> }> {
  const key = Symbol.for(`dyad.tests.${name}`);
  holder[key] ??= { started: start(), users: 0 };
  const entry = holder[key] as Entry<T>;
  entry.users++;
  let value: T;
  try {
    ({ value } = await entry.started);
  } catch (error) {
    if (--entry.users === 0) holder[key] = undefined;
    throw error;
  }
  let released = false;
  return {
    value,
    release: async () => {
      if (released) return;
      released = true;
      if (--entry.users > 0) return;
      holder[key] = undefined;
      await (await entry.started).stop();
    },
  };
}
