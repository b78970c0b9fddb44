import type { TApiScope } from "@dyad/api-contract";
import {
  type Actor,
  createApiToken,
  createFact,
  createRelease,
  endUserSessions,
  getDb,
  openChangeSet,
  previewImport,
  publishChangeSet,
  publishFact,
  reviewChangeSet,
  reviseFact,
  stageFactEdit,
  submitChangeSet,
  submitFact,
  WORLD_COUNTRIES,
} from "@dyad/db";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { auditCountBy, closeSql, factState, fingerprint, relationState, userState } from "../setup/db-state";
import { articleForFreshPair, testAdmin } from "../setup/editor-factories";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";
import { anonymousSession, type EditorSession, forgedSession, invoke, signIn } from "../setup/server-actions";

/**
 * The permission matrix: every mutating API route and every editor server action, against every
 * kind of caller, generated from the two declarative lists below (what each route/action needs).
 * Each cell runs against fresh data and asserts the exact outcome: the status code (API) or the
 * result kind (action), and, when refused, that what the cell could have changed is unchanged and
 * that the caller wrote no audit event anywhere. When allowed, the change is checked to happen,
 * which proves the probe sees it.
 */

type Role = "EDITOR" | "REVIEWER" | "ADMIN";
const RANK: Record<Role, number> = { EDITOR: 1, REVIEWER: 2, ADMIN: 3 };
const OWNER_PASSWORD = "correct horse battery";

// ---------------------------------------------------------------------------------------------
// Shared fixtures: a relation to work in and a fact owner who is none of the callers.

let relation: { id: string; slug: string };
let owner: Actor;

async function draft(statement = `Matrix fact ${unique()}.`) {
  const { factId, revision } = await createFact({
    relationId: relation.id,
    content: generalFact(statement),
    note: "Fixture",
    actor: owner,
  });
  return { factId, revisionId: revision.id };
}
async function submitted() {
  const d = await draft();
  await submitFact({ ...d, expectedRevisionId: d.revisionId, actor: owner });
  return d;
}
async function published() {
  const d = await draft();
  await publishFact({ factId: d.factId, actor: testAdmin });
  return d;
}
async function twoRevisions() {
  const d = await draft();
  const second = await reviseFact({
    factId: d.factId,
    expectedRevisionId: d.revisionId,
    content: generalFact(`Second ${unique()}.`),
    note: "Second",
    actor: owner,
  });
  return { factId: d.factId, first: d.revisionId, second: second.revision.id };
}
/** A fact form's content mid-edit, as autosave sends it. */
const workingContent = () => ({
  kind: "GENERAL" as const,
  section: "other" as const,
  statement: `Typing ${unique()}`,
  validTime: { start: null },
  data: {},
  sources: [],
});
/** A change-set by the owner holding an edit of a public fact, taken as far as `state`. */
async function changeSet(state: "OPEN" | "SUBMITTED" | "APPROVED" | "PUBLISHED") {
  const set = await openChangeSet({ title: `Matrix ${unique()}`, actor: owner });
  const d = await published();
  const content = generalFact(`Staged ${unique()}.`);
  await stageFactEdit({ changeSetId: set.id, factId: d.factId, content, note: "Matrix", actor: owner });
  if (state !== "OPEN") await submitChangeSet({ changeSetId: set.id, actor: owner });
  if (state === "APPROVED" || state === "PUBLISHED") {
    await reviewChangeSet({ changeSetId: set.id, decision: "APPROVED", actor: testAdmin });
  }
  if (state === "PUBLISHED") await publishChangeSet({ changeSetId: set.id, actor: testAdmin });
  const probe = async () =>
    [
      await fingerprint(
        `SELECT s.*, (SELECT json_agg(i ORDER BY i.id) FROM change_set_item i WHERE i.change_set_id = s.id) AS items,
           (SELECT count(*) FROM change_set_review r WHERE r.change_set_id = s.id) AS reviews
         FROM change_set s WHERE s.id = $1`,
        [set.id],
      ),
      await factState(d.factId),
    ].join("|");
  return { setId: set.id, factId: d.factId, probe };
}
const changeSetAction = (
  name: string,
  action: string,
  may: Role,
  state: Parameters<typeof changeSet>[0],
  fields: (c: Awaited<ReturnType<typeof changeSet>>) => Promise<Record<string, string>> | Record<string, string>,
): ActionRow => ({
  name,
  action: `change-sets/actions.ts#${action}`,
  may,
  setup: async () => {
    const c = await changeSet(state);
    return {
      args: [null, form({ changeSetId: c.setId, ...(await fields(c)) })],
      ids: { changeSetId: c.setId },
      probe: c.probe,
    };
  },
});

async function freePair(): Promise<[string, string]> {
  const codes = WORLD_COUNTRIES.map((c) => c.code);
  for (;;) {
    const a = codes[Math.floor(Math.random() * codes.length)] as string;
    const b = codes[Math.floor(Math.random() * codes.length)] as string;
    if (a === b) continue;
    const taken = await getDb().relation.findFirst({
      where: {
        OR: [
          { countryAId: a, countryBId: b },
          { countryAId: b, countryBId: a },
        ],
      },
    });
    if (!taken) return [a, b];
  }
}
const pairState = (a: string, b: string) =>
  fingerprint(
    "SELECT * FROM relation WHERE (country_a = $1 AND country_b = $2) OR (country_a = $2 AND country_b = $1)",
    [a, b],
  );
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

// ---------------------------------------------------------------------------------------------
// Callers of the editor's server actions.

type Who = "anonymous" | "editor" | "reviewer" | "admin" | "disabled" | "expired" | "signed-out";
const WHO: Who[] = ["anonymous", "editor", "reviewer", "admin", "disabled", "expired", "signed-out"];
const ROLE_OF: Partial<Record<Who, Role>> = { editor: "EDITOR", reviewer: "REVIEWER", admin: "ADMIN" };

interface Caller {
  session: EditorSession;
  userId: string | null;
}
const callers = new Map<Who, Caller>();
let adminId: string;

/** A signed-in caller of a role, fresh (for actions that end the caller's own sessions). */
async function freshCaller(role: Role): Promise<Caller & { password: string }> {
  const person = await createUser(role, OWNER_PASSWORD);
  return { session: await signIn(person.email, person.password), userId: person.user.id, password: person.password };
}

async function callerFor(who: Who): Promise<Caller> {
  if (who === "expired") {
    // The seeded admin's own session cookie, correctly signed, at its current session version,
    // but past its expiry (beyond next-auth's 15 s clock tolerance).
    const admin = await getDb().user.findUniqueOrThrow({ where: { id: adminId } });
    const exp = Math.floor(Date.now() / 1000) - 120;
    return { session: forgedSession({ sub: admin.id, sv: admin.sessionVersion, exp }), userId: admin.id };
  }
  const found = callers.get(who);
  if (!found) throw new Error(`no caller ${who}`);
  return found;
}

interface ActionCell {
  args: unknown[];
  ids?: { factId?: string; slug?: string; changeSetId?: string };
  probe: () => Promise<string>;
}
interface ActionRow {
  name: string;
  action: string;
  /** The least role allowed. */
  may: Role;
  /** Writes nothing even when allowed (the probe must then stay the same). */
  readOnly?: boolean;
  /** The action acts on the caller's own account (password, sessions): use a fresh caller. */
  self?: boolean;
  setup: (caller: Caller & { password?: string }) => Promise<ActionCell>;
}

const ACTIONS: ActionRow[] = [
  {
    name: "save a new fact",
    action: "facts/actions.ts#saveFactAction",
    may: "EDITOR",
    setup: async () => ({
      args: [{ relationId: relation.id, content: generalFact(`New ${unique()}.`), note: "Matrix" }],
      ids: { slug: relation.slug },
      probe: () => relationState(relation.id),
    }),
  },
  {
    name: "save a revision",
    action: "facts/actions.ts#saveFactAction",
    may: "EDITOR",
    setup: async () => {
      const d = await draft();
      return {
        args: [
          {
            relationId: relation.id,
            factId: d.factId,
            expectedRevisionId: d.revisionId,
            content: generalFact(`Revised ${unique()}.`),
            note: "Matrix",
          },
        ],
        ids: { factId: d.factId },
        probe: () => factState(d.factId),
      };
    },
  },
  {
    name: "check a fact (live check)",
    action: "facts/actions.ts#checkFactAction",
    may: "EDITOR",
    readOnly: true,
    setup: async () => ({
      args: [relation.id, generalFact("Checked.")],
      probe: () => relationState(relation.id),
    }),
  },
  {
    name: "autosave a fact's form",
    action: "facts/actions.ts#autosaveFactAction",
    may: "EDITOR",
    setup: async () => {
      const d = await draft();
      return {
        args: [{ factId: d.factId, baseRevisionId: d.revisionId, content: workingContent(), note: "Typing" }],
        ids: { factId: d.factId },
        probe: () => fingerprint("SELECT * FROM working_draft WHERE fact_id = $1", [d.factId]),
      };
    },
  },
  {
    name: "discard an autosaved working copy",
    action: "facts/actions.ts#discardWorkingDraftAction",
    may: "EDITOR",
    setup: async (caller) => {
      const d = await draft();
      // The caller's own copy: what they may throw away (anonymous callers have none).
      if (caller.userId) {
        await getDb().workingDraft.create({
          data: { userId: caller.userId, factId: d.factId, content: workingContent(), note: "Typing" },
        });
      }
      return {
        args: [{ factId: d.factId }],
        ids: { factId: d.factId },
        probe: () => fingerprint("SELECT * FROM working_draft WHERE fact_id = $1", [d.factId]),
      };
    },
  },
  {
    name: "autosave a new fact's form",
    action: "working-copies/actions.ts#autosaveFormAction",
    may: "EDITOR",
    setup: async () => ({
      args: [{ form: "NEW_FACT", relationId: relation.id, content: { fact: workingContent(), note: "Typing" } }],
      probe: () => fingerprint("SELECT * FROM working_copy WHERE relation_id = $1", [relation.id]),
    }),
  },
  {
    name: "discard a new fact's autosaved copy",
    action: "working-copies/actions.ts#discardFormCopyAction",
    may: "EDITOR",
    setup: async (caller) => {
      const r = await createRelation();
      // The caller's own copy: what they may throw away (anonymous callers have none).
      if (caller.userId) {
        await getDb().workingCopy.create({
          data: {
            userId: caller.userId,
            form: "NEW_FACT",
            relationId: r.id,
            content: { fact: workingContent(), note: "" },
          },
        });
      }
      return {
        args: [{ form: "NEW_FACT", relationId: r.id }],
        probe: () => fingerprint("SELECT * FROM working_copy WHERE relation_id = $1", [r.id]),
      };
    },
  },
  ...(["submit", "approve", "reject", "unpublish", "delete"] as const).map(
    (step): ActionRow => ({
      name: `workflow: ${step}`,
      action: "facts/actions.ts#workflowAction",
      may: step === "submit" ? "EDITOR" : "REVIEWER",
      setup: async () => {
        const d = step === "unpublish" ? await published() : step === "submit" ? await draft() : await submitted();
        return {
          args: [
            {
              step,
              factId: d.factId,
              expectedRevisionId: d.revisionId,
              reason: step === "reject" ? "Needs a source" : undefined,
            },
          ],
          ids: { factId: d.factId },
          probe: () => factState(d.factId),
        };
      },
    }),
  ),
  {
    name: "resolve a flag",
    action: "facts/actions.ts#resolveFlagAction",
    may: "EDITOR",
    setup: async () => {
      const d = await draft();
      const flag = await getDb().factFlag.create({
        data: { factId: d.factId, revisionId: d.revisionId, rule: "matrix", message: "Check this", excerpt: "x" },
      });
      return {
        args: [{ flagId: flag.id, factId: d.factId }],
        ids: { factId: d.factId },
        probe: () => factState(d.factId),
      };
    },
  },
  {
    name: "apply a suggested correction",
    action: "facts/actions.ts#applySuggestionAction",
    may: "EDITOR",
    setup: async () => {
      const d = await draft(`Matrix fact in Anakara ${unique()}.`);
      const suggestions = [
        { kind: "SPELLING", label: "Anakara → Ankara", replace: { find: "Anakara", with: "Ankara" } },
      ];
      const flag = await getDb().factFlag.create({
        data: {
          factId: d.factId,
          rule: "MISSPELLED_PLACE",
          message: "Misspelt",
          excerpt: "Anakara",
          payload: { suggestions },
        },
      });
      return {
        args: [{ flagId: flag.id, factId: d.factId, index: 0 }],
        ids: { factId: d.factId },
        probe: () => factState(d.factId),
      };
    },
  },
  {
    name: "dismiss a flag",
    action: "facts/actions.ts#dismissFlagAction",
    may: "EDITOR",
    setup: async () => {
      const d = await draft();
      const flag = await getDb().factFlag.create({
        data: { factId: d.factId, rule: "matrix", message: "Check this", excerpt: "x" },
      });
      return {
        args: [{ flagId: flag.id, factId: d.factId, reason: "Checked against the source" }],
        ids: { factId: d.factId },
        probe: () => factState(d.factId),
      };
    },
  },
  {
    name: "restore a revision",
    action: "facts/actions.ts#restoreAction",
    may: "EDITOR",
    setup: async () => {
      const f = await twoRevisions();
      return {
        args: [{ factId: f.factId, revisionId: f.first, expectedRevisionId: f.second, note: "Back to the first" }],
        ids: { factId: f.factId },
        probe: () => factState(f.factId),
      };
    },
  },
  {
    name: "take a fact's text down",
    action: "facts/actions.ts#redactAction",
    may: "ADMIN",
    setup: async () => {
      const d = await published();
      return {
        args: [{ factId: d.factId, reason: "Court order (matrix)", confirmed: true }],
        ids: { factId: d.factId },
        probe: () => factState(d.factId),
      };
    },
  },
  {
    name: "open a change-set",
    action: "change-sets/actions.ts#openChangeSetAction",
    may: "EDITOR",
    setup: async () => {
      const title = `Matrix ${unique()}`;
      return {
        args: [null, form({ title })],
        probe: () => fingerprint("SELECT * FROM change_set WHERE title = $1", [title]),
      };
    },
  },
  {
    name: "edit a fact in a change-set",
    action: "change-sets/actions.ts#stageFactAction",
    may: "EDITOR",
    setup: async () => {
      const c = await changeSet("OPEN");
      return {
        args: [
          {
            changeSetId: c.setId,
            relationId: relation.id,
            factId: c.factId,
            content: generalFact(`Restaged ${unique()}.`),
            note: "Matrix",
          },
        ],
        ids: { factId: c.factId },
        probe: c.probe,
      };
    },
  },
  changeSetAction("withdraw a fact in a change-set", "stageWithdrawalAction", "EDITOR", "OPEN", (c) => ({
    factId: c.factId,
  })),
  changeSetAction("a summary in a change-set", "stageSummaryAction", "EDITOR", "OPEN", () => ({
    relationId: relation.id,
    summary: `Summary ${unique()}`,
  })),
  changeSetAction("submit a change-set", "submitChangeSetAction", "EDITOR", "OPEN", () => ({})),
  changeSetAction("comment on a change-set", "reviewChangeSetAction", "EDITOR", "SUBMITTED", () => ({
    decision: "COMMENT",
    comment: "Looks right",
  })),
  changeSetAction("approve a change-set", "reviewChangeSetAction", "REVIEWER", "SUBMITTED", () => ({
    decision: "APPROVED",
  })),
  changeSetAction("publish a change-set", "publishChangeSetAction", "REVIEWER", "APPROVED", () => ({})),
  changeSetAction("revert a change-set", "revertChangeSetAction", "REVIEWER", "PUBLISHED", () => ({})),
  changeSetAction("merge a stale change", "mergeChangeAction", "REVIEWER", "SUBMITTED", async (c) => {
    // The fact's draft moves on outside the change-set, so its proposal needs merging.
    const fact = await getDb().fact.findUniqueOrThrow({ where: { id: c.factId } });
    await reviseFact({
      factId: c.factId,
      expectedRevisionId: fact.currentRevisionId as string,
      content: generalFact(`Elsewhere ${unique()}.`),
      note: "Elsewhere",
      actor: owner,
    });
    const item = await getDb().changeSetItem.findFirstOrThrow({ where: { changeSetId: c.setId } });
    return { itemId: item.id };
  }),
  {
    name: "bulk: add ticked facts to a change-set",
    action: "facts/bulk-actions.ts#bulkFactsAction",
    may: "EDITOR",
    setup: async () => {
      const set = await openChangeSet({ title: `Matrix bulk ${unique()}`, actor: owner });
      const d = await draft();
      return {
        args: [null, form({ do: "addToChangeSet", changeSetId: set.id, item: `${d.factId}:${d.revisionId}` })],
        probe: () => factState(d.factId),
      };
    },
  },
  ...(["submit", "approve"] as const).map(
    (step): ActionRow => ({
      name: `bulk: ${step} ticked facts`,
      action: "facts/bulk-actions.ts#bulkFactsAction",
      may: step === "approve" ? "REVIEWER" : "EDITOR",
      setup: async () => {
        const d = await draft();
        return {
          args: [null, form({ do: step, item: `${d.factId}:${d.revisionId}` })],
          probe: () => factState(d.factId),
        };
      },
    }),
  ),
  ...(["submit", "approve"] as const).map(
    (step): ActionRow => ({
      name: `bulk: ${step} ticked change-sets`,
      action: "change-sets/bulk-actions.ts#bulkChangeSetsAction",
      may: step === "approve" ? "REVIEWER" : "EDITOR",
      setup: async () => {
        const c = await changeSet(step === "approve" ? "SUBMITTED" : "OPEN");
        return { args: [null, form({ do: step, item: c.setId })], probe: c.probe };
      },
    }),
  ),
  {
    name: "create a relation",
    action: "relations/actions.ts#createRelationAction",
    may: "EDITOR",
    setup: async () => {
      const [a, b] = await freePair();
      return { args: [null, form({ countryA: a, countryB: b })], probe: () => pairState(a, b) };
    },
  },
  {
    name: "update a relation's summary",
    action: "relations/actions.ts#updateSummaryAction",
    may: "REVIEWER",
    setup: async () => {
      const r = await createRelation();
      return {
        args: [
          null,
          form({ relationId: r.id, expectedSummary: r.summary ?? "", summary: `Summary ${unique()}`, slug: r.slug }),
        ],
        ids: { slug: r.slug },
        probe: () => relationState(r.id),
      };
    },
  },
  {
    name: "create a user",
    action: "users/actions.ts#createUserAction",
    may: "ADMIN",
    setup: async () => {
      const email = `made-${unique()}@dyad.test`;
      return {
        args: [null, form({ email, name: "Made by the matrix", role: "EDITOR", password: "a long enough password" })],
        probe: () => fingerprint("SELECT * FROM app_user WHERE email = $1", [email]),
      };
    },
  },
  ...(["role", "disable", "enable", "sessions", "password", "unlock"] as const).map(
    (what): ActionRow => ({
      name: `user row: ${what}`,
      action: "users/actions.ts#userRowAction",
      may: "ADMIN",
      setup: async () => {
        const target = await createUser("EDITOR");
        if (what === "enable") {
          await getDb().user.update({ where: { id: target.user.id }, data: { disabledAt: new Date() } });
        }
        return {
          args: [null, form({ userId: target.user.id, do: what, role: "REVIEWER", password: "another long password" })],
          probe: () => userState(target.user.id),
        };
      },
    }),
  ),
  {
    name: "change one's own password",
    action: "account/actions.ts#changeOwnPasswordAction",
    may: "EDITOR",
    self: true,
    setup: async (caller) => ({
      args: [
        null,
        form({
          currentPassword: caller.password ?? "no password: the caller is not signed in",
          newPassword: `new password ${unique()}`,
        }),
      ],
      probe: () => (caller.userId ? userState(caller.userId) : Promise.resolve("none")),
    }),
  },
  {
    name: "preview an import",
    action: "import/actions.ts#previewImportAction",
    may: "EDITOR",
    readOnly: true,
    setup: async () => {
      const { relation: r, text } = await articleForFreshPair();
      return { args: [text], probe: () => relationState(r.id) };
    },
  },
  {
    name: "accept import proposals",
    action: "import/actions.ts#acceptImportAction",
    may: "EDITOR",
    setup: async () => {
      const { relation: r, text } = await articleForFreshPair();
      const preview = await previewImport({ text, actor: testAdmin });
      const proposals = preview.proposals.slice(0, 1).map((p) => ({ importKey: p.importKey }));
      return { args: [{ text, proposals }], probe: () => relationState(r.id) };
    },
  },
  {
    name: "create an API token",
    action: "account/actions.ts#createApiTokenAction",
    may: "EDITOR",
    self: true,
    setup: async (caller) => ({
      args: [null, form({ name: `matrix ${unique()}`, scopes: "facts:write", expiresInDays: "30" })],
      probe: () => (caller.userId ? userState(caller.userId) : Promise.resolve("none")),
    }),
  },
  {
    name: "revoke an API token",
    action: "account/actions.ts#revokeApiTokenAction",
    may: "EDITOR",
    self: true,
    setup: async (caller) => {
      // The caller's own token (an anonymous caller aims at someone else's).
      const owner = caller.userId ?? (await createUser("EDITOR")).user.id;
      const token = await getDb().apiToken.create({
        data: {
          userId: owner,
          name: `matrix ${unique()}`,
          prefix: "dyad_matrix",
          tokenHash: unique(),
          scopes: ["facts:write"],
        },
        select: { id: true },
      });
      return { args: [token.id], probe: () => userState(owner) };
    },
  },
  {
    name: "sign out everywhere",
    action: "account/actions.ts#signOutEverywhereAction",
    may: "EDITOR",
    self: true,
    setup: async (caller) => ({
      args: [],
      probe: () => (caller.userId ? userState(caller.userId) : Promise.resolve("none")),
    }),
  },
];

function expectedActionOutcome(row: ActionRow, who: Who): string {
  const role = ROLE_OF[who];
  if (!role) return "UNAUTHENTICATED"; // anonymous, disabled, expired, signed out everywhere
  if (RANK[role] < RANK[row.may]) return "FORBIDDEN";
  return "ok";
}

// ---------------------------------------------------------------------------------------------
// Callers of the API's token routes.

type TokenWho =
  | "anonymous"
  | "malformed token"
  | "unknown token"
  | "revoked token"
  | "expired token"
  | "disabled owner"
  | "editor facts:write"
  | "reviewer facts:write"
  | "reviewer releases:write"
  | "admin, both scopes"
  | "demoted to editor, both scopes";
const TOKEN_WHO: TokenWho[] = [
  "anonymous",
  "malformed token",
  "unknown token",
  "revoked token",
  "expired token",
  "disabled owner",
  "editor facts:write",
  "reviewer facts:write",
  "reviewer releases:write",
  "admin, both scopes",
  "demoted to editor, both scopes",
];
const tokens = new Map<TokenWho, { secret?: string; role?: Role; scopes: TApiScope[]; userId?: string }>();

interface ApiCell {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  probe: () => Promise<string>;
}
interface ApiRow {
  name: string;
  scope: TApiScope;
  may: Role;
  /** The status of an allowed request. */
  ok: number;
  readOnly?: boolean;
  setup: () => Promise<ApiCell>;
}

const API_ROUTES: ApiRow[] = [
  {
    name: "POST /api/v1/facts",
    scope: "facts:write",
    may: "EDITOR",
    ok: 201,
    setup: async () => ({
      method: "POST",
      path: "/api/v1/facts",
      body: { relation: relation.slug, content: generalFact(`API new ${unique()}.`), note: "Matrix" },
      probe: () => relationState(relation.id),
    }),
  },
  {
    name: "PATCH /api/v1/facts/{id}",
    scope: "facts:write",
    may: "EDITOR",
    ok: 200,
    setup: async () => {
      const d = await draft();
      return {
        method: "PATCH",
        path: `/api/v1/facts/${d.factId}`,
        body: { content: { statement: `API revised ${unique()}.` }, note: "Matrix" },
        headers: { "if-match": `"${d.revisionId}"` },
        probe: () => factState(d.factId),
      };
    },
  },
  {
    name: "POST /api/v1/facts/{id}/submit",
    scope: "facts:write",
    may: "EDITOR",
    ok: 200,
    setup: async () => {
      const d = await draft();
      return {
        method: "POST",
        path: `/api/v1/facts/${d.factId}/submit`,
        headers: { "if-match": `"${d.revisionId}"` },
        probe: () => factState(d.factId),
      };
    },
  },
  {
    name: "GET /api/v1/facts/{id}/draft",
    scope: "facts:write",
    may: "EDITOR",
    ok: 200,
    readOnly: true,
    setup: async () => {
      const d = await draft();
      return { method: "GET", path: `/api/v1/facts/${d.factId}/draft`, probe: () => factState(d.factId) };
    },
  },
  {
    name: "POST /api/v1/releases",
    scope: "releases:write",
    may: "REVIEWER",
    ok: 201,
    setup: async () => {
      const name = `m.${unique()}`;
      return {
        method: "POST",
        path: "/api/v1/releases",
        body: { name, notes: "Matrix" },
        probe: () => fingerprint("SELECT * FROM release WHERE name = $1", [name]),
      };
    },
  },
];

function expectedApiStatus(row: ApiRow, who: TokenWho): number {
  const t = tokens.get(who);
  if (!t?.role) return 401; // no token, or one that is malformed, unknown, revoked or expired
  if (who === "disabled owner") return 403;
  if (!t.scopes.includes(row.scope)) return 403;
  if (RANK[t.role] < RANK[row.may]) return 403;
  return row.ok;
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  relation = await createRelation();
  owner = (await createUser("EDITOR")).actor;
  const admin = await getDb().user.findUniqueOrThrow({ where: { email: inject("adminEmail") } });
  adminId = admin.id;

  // Editor sessions.
  callers.set("anonymous", { session: anonymousSession(), userId: null });
  const editor = await freshCaller("EDITOR");
  callers.set("editor", editor);
  callers.set("reviewer", await freshCaller("REVIEWER"));
  callers.set("admin", { session: await signIn(inject("adminEmail"), inject("adminPassword")), userId: adminId });
  const disabled = await freshCaller("REVIEWER");
  await getDb().user.update({ where: { id: disabled.userId as string }, data: { disabledAt: new Date() } });
  callers.set("disabled", disabled);
  const signedOut = await freshCaller("REVIEWER");
  await endUserSessions({
    userId: signedOut.userId as string,
    actor: { id: signedOut.userId, name: "x", role: "REVIEWER" },
  });
  callers.set("signed-out", signedOut);

  // API tokens.
  const token = async (role: Role, scopes: TApiScope[], actor?: Actor) => {
    const person = actor ? { actor } : await createUser(role as "EDITOR" | "REVIEWER");
    const made = await createApiToken({ actor: person.actor, name: `matrix ${unique()}`, scopes });
    return { secret: made.secret, id: made.token.id, userId: person.actor.id as string };
  };
  tokens.set("anonymous", { scopes: [] });
  tokens.set("malformed token", { secret: "dyad_not-a-token", scopes: [] });
  tokens.set("unknown token", { secret: `dyad_${"Q".repeat(43)}`, scopes: [] });
  const revoked = await token("EDITOR", ["facts:write"]);
  await getDb().apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
  tokens.set("revoked token", { secret: revoked.secret, scopes: [] });
  const expired = await token("EDITOR", ["facts:write"]);
  await getDb().apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  tokens.set("expired token", { secret: expired.secret, scopes: [] });
  const disabledOwner = await token("REVIEWER", ["facts:write", "releases:write"]);
  await getDb().user.update({ where: { id: disabledOwner.userId }, data: { disabledAt: new Date() } });
  tokens.set("disabled owner", {
    secret: disabledOwner.secret,
    role: "REVIEWER",
    scopes: ["facts:write", "releases:write"],
  });
  tokens.set("editor facts:write", {
    ...(await token("EDITOR", ["facts:write"])),
    role: "EDITOR",
    scopes: ["facts:write"],
  });
  tokens.set("reviewer facts:write", {
    ...(await token("REVIEWER", ["facts:write"])),
    role: "REVIEWER",
    scopes: ["facts:write"],
  });
  tokens.set("reviewer releases:write", {
    ...(await token("REVIEWER", ["releases:write"])),
    role: "REVIEWER",
    scopes: ["releases:write"],
  });
  const adminActor: Actor = { id: admin.id, name: admin.name, role: "ADMIN" };
  tokens.set("admin, both scopes", {
    ...(await token("ADMIN", ["facts:write", "releases:write"], adminActor)),
    role: "ADMIN",
    scopes: ["facts:write", "releases:write"],
  });
  // A reviewer's token keeps its scopes when its owner is made an editor, but the role is read
  // on every request: releases:write no longer works.
  const demoted = await token("REVIEWER", ["facts:write", "releases:write"]);
  await getDb().user.update({ where: { id: demoted.userId }, data: { role: "EDITOR" } });
  tokens.set("demoted to editor, both scopes", {
    ...demoted,
    role: "EDITOR",
    scopes: ["facts:write", "releases:write"],
  });
});

afterAll(async () => {
  await closeSql();
});

const cells = { api: 0, actions: 0 };

describe("permission matrix: API token routes", () => {
  for (const row of API_ROUTES) {
    for (const who of TOKEN_WHO) {
      it(`${row.name} × ${who}`, async () => {
        const expected = expectedApiStatus(row, who);
        const cell = await row.setup();
        const t = tokens.get(who);
        const before = await cell.probe();
        const auditBefore = await auditCountBy(t?.userId);
        const api = apiClient({ token: t?.secret });
        const response =
          cell.body === undefined
            ? await api.fetch(cell.path, { method: cell.method, headers: cell.headers })
            : await api.send(cell.method, cell.path, cell.body, cell.headers);
        const text = await response.text();
        expect(response.status, text).toBe(expected);
        const after = await cell.probe();
        if (expected >= 400) {
          expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
          expect(JSON.parse(text)).toMatchObject({ status: expected, detail: expect.any(String) });
          expect(after).toBe(before);
          expect(await auditCountBy(t?.userId)).toBe(auditBefore);
        } else if (row.readOnly) {
          expect(after).toBe(before);
        } else {
          expect(after).not.toBe(before);
        }
        cells.api++;
      });
    }
  }
});

describe("permission matrix: editor server actions", () => {
  for (const row of ACTIONS) {
    for (const who of WHO) {
      it(`${row.name} × ${who}`, async () => {
        const expected = expectedActionOutcome(row, who);
        const role = ROLE_OF[who];
        // Actions on one's own account end one's sessions: each role gets a fresh account for
        // them (not the seeded admin, whom other test files are signed in as).
        const caller: Caller & { password?: string } =
          row.self && role ? await freshCaller(role) : await callerFor(who);
        const cell = await row.setup(caller);
        const before = await cell.probe();
        const auditBefore = await auditCountBy(caller.userId);
        const call = await invoke(caller.session, row.action, cell.args, cell.ids);
        expect(call.status, call.text.slice(0, 300)).toBe(200);
        expect(call.result, call.text.slice(0, 300)).toBeDefined();
        const after = await cell.probe();
        if (expected === "ok") {
          expect(call.result, JSON.stringify(call.result)).toMatchObject({ ok: true });
          if (row.readOnly) expect(after).toBe(before);
          else expect(after).not.toBe(before);
        } else {
          expect(call.result, JSON.stringify(call.result)).toMatchObject({ ok: false, error: { code: expected } });
          expect(after).toBe(before);
          expect(await auditCountBy(caller.userId)).toBe(auditBefore);
        }
        cells.actions++;
      });
    }
  }

  it("covers every server action in the editor's build", async () => {
    const { editorActions } = await import("../setup/server-actions");
    const covered = new Set(ACTIONS.map((r) => r.action));
    expect([...editorActions().keys()].filter((name) => !covered.has(name))).toEqual([]);
    console.log(
      `permission matrix: ${cells.api} API cells (${API_ROUTES.length} routes × ${TOKEN_WHO.length} callers), ` +
        `${cells.actions} server-action cells (${ACTIONS.length} actions/steps × ${WHO.length} callers)`,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Drafts never leak to anonymous readers.

describe("drafts are never visible to anonymous readers", () => {
  it("finds no draft marker in any public page, feed, search, sitemap, API read or release download", async () => {
    const marker = `draftleak${unique()}`;
    const r = await createRelation();
    const editor = await createUser("EDITOR");
    const content = (statement: string) => ({
      ...generalFact(statement),
      sources: [{ source: { url: `https://example.org/${marker}`, title: `Source ${marker}`, kind: "NEWS" as const } }],
    });
    // A published fact whose newer draft carries the marker; a draft-only fact; a submitted one.
    const pub = await createFact({
      relationId: r.id,
      content: generalFact("Embassies opened in both capitals."),
      note: "Public",
      actor: editor.actor,
    });
    await publishFact({ factId: pub.factId, actor: testAdmin });
    await reviseFact({
      factId: pub.factId,
      expectedRevisionId: pub.revision.id,
      content: content(`The embassies merged ${marker}.`),
      note: `Draft note ${marker}`,
      actor: editor.actor,
    });
    const onlyDraft = await createFact({
      relationId: r.id,
      content: content(`A treaty was drafted ${marker}.`),
      note: `Draft ${marker}`,
      actor: editor.actor,
    });
    const sub = await createFact({
      relationId: r.id,
      content: content(`A visit was planned ${marker}.`),
      note: `Submitted ${marker}`,
      actor: editor.actor,
    });
    await submitFact({ factId: sub.factId, expectedRevisionId: sub.revision.id, actor: editor.actor });
    const releaseName = `leak.${unique()}`;
    await createRelease({ name: releaseName, notes: "Cut while drafts exist", actor: testAdmin });
    const draftSource = await getDb().revisionSource.findFirstOrThrow({
      where: { revisionId: onlyDraft.revision.id },
      select: { sourceId: true },
    });
    const countries = await getDb().country.findMany({ where: { code: { in: [r.countryAId, r.countryBId] } } });
    const now = new Date().toISOString();
    const asOfs = ["", `?asOf=${encodeURIComponent(now)}`, "?asOf=2000-01-01"];

    const web = [
      "/",
      "/relations",
      "/countries",
      ...countries.map((c) => `/countries/${c.slug}`),
      ...asOfs.map((q) => `/relations/${r.slug}${q}`),
      `/relations/${r.slug}/history`,
      `/relations/${r.slug}/feed.xml`,
      ...asOfs.map((q) => `/facts/${pub.factId}${q}`),
      `/facts/${pub.factId}/compare`,
      `/facts/${pub.factId}/compare?from=1&to=2`,
      `/facts/${onlyDraft.factId}`,
      `/facts/${sub.factId}`,
      `/search?q=${marker}`,
      "/search?q=embassies",
      "/search?q=treaty",
      "/search?q=merged",
      "/search?q=planned",
      "/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
    ];
    const api = [
      "/api/v1",
      "/api/v1/openapi.json",
      ...asOfs.flatMap((q) => [
        `/api/v1/countries${q}`,
        `/api/v1/relations${q}`,
        `/api/v1/relations/${r.slug}${q}`,
        `/api/v1/relations/${r.slug}/facts${q}`,
        `/api/v1/facts/${pub.factId}${q}`,
        `/api/v1/facts/${onlyDraft.factId}${q}`,
        `/api/v1/facts/${sub.factId}${q}`,
        `/api/v1/sources${q}`,
        `/api/v1/sources/${draftSource.sourceId}${q}`,
        `/api/v1/changes${q}`,
        `/api/v1/releases${q}`,
      ]),
      `/api/v1/relations?country=${r.countryAId}`,
      `/api/v1/relations/${r.slug}/facts?q=${marker}`,
      `/api/v1/relations/${r.slug}/facts?q=treaty`,
      `/api/v1/sources?relation=${r.slug}`,
      `/api/v1/facts/${pub.factId}/diff?from=1&to=2`,
      `/api/v1/facts/${onlyDraft.factId}/draft`,
      "/api/v1/changes.atom",
      `/api/v1/releases/${releaseName}`,
      "/api/v1/releases/latest",
      `/api/v1/releases/${releaseName}/changes`,
      `/api/v1/releases/${releaseName}/facts.ndjson`,
      `/api/v1/releases/${releaseName}/facts.json`,
      `/api/v1/releases/${releaseName}/facts.csv`,
    ];
    const anonymous = apiClient();
    const base = inject("webUrl");
    const seen: string[] = [];
    for (const path of [...web, ...api]) {
      const response = await fetch(`${base}${path}`, {
        headers: { "x-forwarded-for": anonymous.ip },
        redirect: "follow",
      });
      const text = await response.text();
      expect(response.status, `${path}: ${text.slice(0, 200)}`).toBeLessThan(500);
      // Search pages echo their query: there, look for the drafts' sentences and sources instead.
      const needles = path.includes("q=")
        ? ["The embassies merged", "A treaty was drafted", "A visit was planned", `Source ${marker}`, `org/${marker}`]
        : [marker];
      for (const needle of needles) {
        expect(text.toLowerCase().includes(needle.toLowerCase()), `${path} shows a draft (${needle})`).toBe(false);
      }
      seen.push(`${response.status} ${path}`);
    }
    // The public fact and the release are really there (the scan read real content) ...
    const page = await (await fetch(`${base}/relations/${r.slug}`)).text();
    expect(page).toContain("Embassies opened in both capitals.");
    // ... and the marker is findable by those allowed to see drafts.
    const token = await createApiToken({ actor: editor.actor, name: "leak check", scopes: ["facts:write"] });
    const draftRead = await apiClient({ token: token.secret }).fetch(`/api/v1/facts/${onlyDraft.factId}/draft`);
    expect(await draftRead.text()).toContain(marker);
    console.log(`draft leak scan: ${seen.length} public responses, none shows the draft marker`);
  });
});
