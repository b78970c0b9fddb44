import type { z } from "zod";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { assertRole, type TMinRole } from "../permissions";
import type { Tx } from "../tx";
import { runAfterCommit } from "./after-commit";

/**
 * An operation's input, one shared schema per option. Each option is parsed on its own, in the
 * order written, so an INVALID error names the first bad option with paths inside it (the
 * editor's form maps `statement` or `data.amount` to its field, not `content.statement`).
 */
type InputShape = Record<string, z.ZodType>;
type Optional<S extends InputShape> = { [K in keyof S]: undefined extends z.input<S[K]> ? K : never }[keyof S];
export type OperationInput<S extends InputShape> = { [K in Exclude<keyof S, Optional<S>>]: z.input<S[K]> } & {
  [K in Optional<S>]?: z.input<S[K]>;
};
export type ParsedInput<S extends InputShape> = { [K in keyof S]: z.output<S[K]> };

export interface OperationContext<S extends InputShape> {
  input: ParsedInput<S>;
  actor: Actor;
  tx: Tx;
  /**
   * Run `effect` once the outermost transaction committed, without the caller waiting on it
   * (after-commit.ts). Inside a transaction the operation did not open, the effect joins that
   * transaction's effects when its owner is an operation too, and is dropped otherwise (the
   * owner then does what is needed after its own commit, as the outbox sweep does for the site).
   */
  afterCommit(effect: () => Promise<unknown>): void;
}

export interface OperationSpec<S extends InputShape, R> {
  /** The least role that may run it; checked once, before anything is read. */
  minRole: "EDITOR" | "REVIEWER" | "ADMIN";
  input: S;
  run(context: OperationContext<S>): Promise<R>;
  /** Prisma's interactive transaction limits, for operations that take long (an import). */
  transaction?: { timeout?: number; maxWait?: number };
}

export type OperationOptions<S extends InputShape> = OperationInput<S> & {
  actor: Actor;
  /** Run inside the caller's transaction (and under its locks) instead of a new one. */
  tx?: Tx;
};

/** Effects waiting for the commit of a transaction an operation opened. */
const pendingEffects = new WeakMap<Tx, (() => Promise<unknown>)[]>();

/**
 * One way to define a domain operation: the role is checked once, each option is parsed with
 * its shared schema, and `run` gets one transaction: its own, or the caller's `tx` (a composed
 * operation then shares the caller's transaction and the rows it locked). Typed AppErrors pass
 * through unchanged; effects on the world outside the database run after the commit.
 */
export function defineOperation<S extends InputShape, R>(spec: OperationSpec<S, R>) {
  const minRole: TMinRole = spec.minRole;
  const operation = async (options: OperationOptions<S>): Promise<R> => {
    assertRole(options.actor, minRole);
    const input = parseOptions(spec.input, options);
    const context = (tx: Tx, effects: (() => Promise<unknown>)[] | undefined): OperationContext<S> => ({
      input,
      actor: options.actor,
      tx,
      afterCommit: (effect) => effects?.push(effect),
    });
    if (options.tx) return spec.run(context(options.tx, pendingEffects.get(options.tx)));
    const effects: (() => Promise<unknown>)[] = [];
    const result = await getDb().$transaction(async (tx) => {
      pendingEffects.set(tx, effects);
      return spec.run(context(tx, effects));
    }, spec.transaction);
    await runAfterCommit(effects);
    return result;
  };
  // What it asks for is part of its contract: a composing operation reuses the schemas.
  return Object.assign(operation, { minRole, input: spec.input });
}

function parseOptions<S extends InputShape>(shape: S, options: Record<string, unknown>): ParsedInput<S> {
  const parsed: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) parsed[key] = parseInput(schema, options[key]);
  return parsed as ParsedInput<S>;
}
