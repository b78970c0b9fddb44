import { z } from "zod";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { hasRole, roleRefusal, type TMinRole } from "../permissions";
import type { Tx } from "../tx";
import { runAfterCommit } from "./after-commit";

/**
 * An operation's input: either one shared schema per option, each parsed on its own in the
 * order written (an INVALID error then names the first bad option with paths inside it, so the
 * editor's form maps `statement` or `data.amount` to its field, not `content.statement`), or one
 * schema of an object (or a union of objects, such as a bulk action's) for options that are one
 * request (an API body), parsed whole.
 */
type InputShape = Record<string, z.ZodType>;
type WholeInput = z.ZodType<object, object>;
type InputSpec = InputShape | WholeInput;
type Optional<S extends InputShape> = { [K in keyof S]: undefined extends z.input<S[K]> ? K : never }[keyof S];
export type OperationInput<S extends InputSpec> = S extends WholeInput
  ? z.input<S>
  : S extends InputShape
    ? { [K in Exclude<keyof S, Optional<S>>]: z.input<S[K]> } & { [K in Optional<S>]?: z.input<S[K]> }
    : never;
export type ParsedInput<S extends InputSpec> = S extends WholeInput
  ? z.output<S>
  : S extends InputShape
    ? { [K in keyof S]: z.output<S[K]> }
    : never;

export interface OperationContext<S extends InputSpec, P = undefined> {
  input: ParsedInput<S>;
  actor: Actor;
  /** What `prepare` returned. */
  prepared: P;
  /** The operation's transaction (or its caller's); the pool itself for a read without one. */
  tx: Tx;
  /**
   * Run `effect` once the outermost transaction committed, without the caller waiting on it
   * (after-commit.ts). Inside a transaction the operation did not open, the effect joins that
   * transaction's effects when its owner is an operation too, and is dropped otherwise (the
   * owner then does what is needed after its own commit, as the outbox sweep does for the site).
   */
  afterCommit(effect: () => Promise<unknown>): void;
}

export interface OperationSpec<S extends InputSpec, R, P = undefined> {
  /** The least role that may run it; checked once, before anything is read or parsed. */
  minRole: TMinRole;
  input: S;
  /**
   * Work that must not hold a transaction (and a pooled connection) open, done after the parse
   * and before the transaction: an article's analysis takes up to 30 s off-thread.
   */
  prepare?(context: { input: ParsedInput<S>; actor: Actor }): Promise<P>;
  run(context: OperationContext<S, P>): Promise<R>;
  /**
   * Prisma's interactive transaction limits for an operation that takes long (an import), or
   * false for a read that needs no transaction (it then runs on the pool, or in the caller's).
   */
  transaction?: { timeout?: number; maxWait?: number } | false;
}

export type OperationOptions<S extends InputSpec> = OperationInput<S> & {
  actor: Actor;
  /** Run inside the caller's transaction (and under its locks) instead of a new one. */
  tx?: Tx;
};

/** The options as a boundary holds them before parsing (a server action's JSON). */
export type UncheckedOptions<S extends InputSpec> = (S extends z.ZodObject
  ? { [K in keyof S["shape"]]?: unknown }
  : S extends WholeInput
    ? Record<string, unknown>
    : { [K in keyof S]?: unknown }) & { actor: Actor; tx?: Tx };

/** Effects waiting for the commit of a transaction an operation opened. */
const pendingEffects = new WeakMap<Tx, (() => Promise<unknown>)[]>();

/**
 * One way to define a domain operation: the role is checked once, the options are parsed with
 * their shared schemas, and `run` gets one transaction: its own, or the caller's `tx` (a composed
 * operation then shares the caller's transaction and the rows it locked). Typed AppErrors pass
 * through unchanged; effects on the world outside the database run after the commit.
 */
export function defineOperation<S extends InputSpec, R, P = undefined>(spec: OperationSpec<S, R, P>) {
  const { minRole, input: schema } = spec;
  const operation = async (options: OperationOptions<S>): Promise<R> => {
    const input = checkOperationInput(spec, options);
    const prepared = spec.prepare ? await spec.prepare({ input, actor: options.actor }) : (undefined as P);
    const context = (tx: Tx, effects: (() => Promise<unknown>)[] | undefined): OperationContext<S, P> => ({
      input,
      actor: options.actor,
      prepared,
      tx,
      afterCommit: (effect) => effects?.push(effect),
    });
    if (options.tx) return spec.run(context(options.tx, pendingEffects.get(options.tx)));
    if (spec.transaction === false) return spec.run(context(getDb(), undefined));
    return inTransaction((tx) => spec.run(context(tx, pendingEffects.get(tx))), spec.transaction);
  };
  /**
   * The same operation for a boundary whose input is not typed yet (a server action's JSON):
   * every option is parsed by the operation anyway, so nothing unchecked gets through.
   */
  const unchecked = operation as (options: UncheckedOptions<S>) => Promise<R>;
  // What it asks for is part of its contract: a composing operation reuses the schemas.
  return Object.assign(operation, { minRole, input: schema, unchecked });
}

/**
 * One transaction for `work`, in which operations called with its `tx` share its commit and
 * whose effects after commit (afterCommit) run once it committed, without the caller waiting.
 * For a boundary that does more than one operation's work in one commit: a server action that
 * checks its session, its idempotency key and the write in one transaction.
 */
export async function inTransaction<R>(
  work: (tx: Tx) => Promise<R>,
  limits?: { timeout?: number; maxWait?: number },
): Promise<R> {
  const effects: (() => Promise<unknown>)[] = [];
  const result = await getDb().$transaction(async (tx) => {
    pendingEffects.set(tx, effects);
    return work(tx);
  }, limits);
  await runAfterCommit(effects);
  return result;
}

/**
 * An operation's role check and the parse of its options, as the operation does them first: for
 * a caller that runs the operation's statements in a transaction of its own on pg
 * (lib/sql-transaction.ts), where the operation's Prisma transaction cannot be.
 */
export function checkOperationInput<S extends InputSpec>(
  operation: { minRole: TMinRole; input: S },
  options: UncheckedOptions<S> | OperationOptions<S>,
): ParsedInput<S> {
  if (!hasRole(options.actor, operation.minRole)) throw roleRefusal(operation.minRole);
  return parseOptions(operation.input, options);
}

function parseOptions<S extends InputSpec>(schema: S, options: object): ParsedInput<S> {
  const given = options as Record<string, unknown>;
  if (schema instanceof z.ZodType) {
    // A strict schema (z.strictObject) sees every option but the actor and tx, so an unknown
    // one is refused as it was before; any other object schema sees only the options it names,
    // and a union sees them all (each of its objects drops what it does not name).
    const { actor: _actor, tx: _tx, ...rest } = given;
    const named = schema instanceof z.ZodObject && !(schema.def.catchall instanceof z.ZodNever);
    const fields = named ? Object.fromEntries(Object.keys(schema.shape).map((key) => [key, given[key]])) : rest;
    return parseInput(schema, fields) as ParsedInput<S>;
  }
  const parsed: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema as InputShape)) parsed[key] = parseInput(field, given[key]);
  return parsed as ParsedInput<S>;
}
