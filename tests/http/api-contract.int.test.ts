import { createDyadClient } from "@dyad/client";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, inject, it } from "vitest";
import { syntheticIp } from "../setup/api-client";
import { publishedFact, relationScenario, tokenFor } from "../setup/api-factories";
import { cutRelease, withReleaseData } from "../setup/api-releases";
import { unique } from "../setup/factories";

interface Declared {
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema: unknown }>;
}
interface Operation {
  operationId: string;
  responses: Record<string, Declared>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, unknown>;
}

const base = inject("webUrl");
const doc = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as Document;
const gets = Object.values(doc.paths).flatMap((item) => (item.get ? [item.get] : []));

// The document's components under one id; a response schema's "#/components/…" refs point there.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats.default(ajv);
ajv.addSchema({ $id: "openapi.json", components: doc.components });
const toDocument = (schema: unknown) =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/'));
const validators = new Map<unknown, ValidateFunction>();

const checked = new Set<string>();
/** The answer is the status expected, and one the document declares: its required headers, media type and body. */
function expectDeclared(operationId: string, response: Response, body: unknown, status = 200) {
  expect(response.status, `${operationId}: ${JSON.stringify(body)}`).toBe(status);
  const operation = gets.find((o) => o.operationId === operationId);
  expect(operation, operationId).toBeDefined();
  const declared = operation?.responses[String(response.status)];
  expect(declared, `${operationId} answered ${response.status}: ${JSON.stringify(body)}`).toBeDefined();
  for (const [name, header] of Object.entries(declared?.headers ?? {})) {
    if (header.required) expect(response.headers.has(name), `${operationId}: header ${name}`).toBe(true);
  }
  if (declared?.content) {
    const mediaType = response.headers.get("content-type")?.split(";")[0] ?? "";
    const schema = declared.content[mediaType]?.schema;
    expect(schema, `${operationId}: ${mediaType} is not declared`).toBeDefined();
    const validate = validators.get(schema) ?? ajv.compile(toDocument(schema));
    validators.set(schema, validate);
    expect(validate(body) ? [] : validate.errors, `${operationId}: the body against its schema`).toEqual([]);
  }
  checked.add(operationId);
}

const publicClient = createDyadClient({ baseUrl: base, headers: { "x-forwarded-for": syntheticIp() } });
const tokenClient = (secret: string) =>
  createDyadClient({ baseUrl: base, headers: { "x-forwarded-for": syntheticIp(), authorization: `Bearer ${secret}` } });

describe("the API against its OpenAPI document, through the generated client", () => {
  it("answers every GET operation as the document describes", async () => {
    const scenario = await relationScenario();
    const fact = await publishedFact(scenario, "Checked against the contract.");
    const slug = scenario.relation.slug;
    const api = publicClient;

    const countries = await api.GET("/api/v1/countries");
    expectDeclared("listCountries", countries.response, countries.data);
    const relations = await api.GET("/api/v1/relations", { params: { query: { limit: 5 } } });
    expectDeclared("listRelations", relations.response, relations.data);
    const relation = await api.GET("/api/v1/relations/{slug}", { params: { path: { slug } } });
    expectDeclared("getRelation", relation.response, relation.data);
    const facts = await api.GET("/api/v1/relations/{slug}/facts", { params: { path: { slug } } });
    expectDeclared("listRelationFacts", facts.response, facts.data);
    expect(facts.data?.data.map((f) => f.factId)).toEqual([fact.factId]);
    const since = "2020-01-01T00:00:00Z";
    const changes = await api.GET("/api/v1/relations/{slug}/changes", { params: { path: { slug }, query: { since } } });
    expectDeclared("getRelationChanges", changes.response, changes.data);
    const search = await api.GET("/api/v1/search", { params: { query: { q: "contract" } } });
    expectDeclared("search", search.response, search.data);
    const one = await api.GET("/api/v1/facts/{id}", { params: { path: { id: fact.factId } } });
    expectDeclared("getFact", one.response, one.data);
    const diff = await api.GET("/api/v1/facts/{id}/diff", {
      params: { path: { id: fact.factId }, query: { from: "1", to: "1" } },
    });
    expectDeclared("diffFactRevisions", diff.response, diff.data ?? diff.error);
    const sources = await api.GET("/api/v1/sources", { params: { query: { relation: slug } } });
    expectDeclared("listSources", sources.response, sources.data);
    const sourceId = sources.data?.data[0]?.id ?? "";
    const source = await api.GET("/api/v1/sources/{id}", { params: { path: { id: sourceId } } });
    expectDeclared("getSource", source.response, source.data);
    const feed = await api.GET("/api/v1/changes", { params: { query: { limit: 10 } } });
    expectDeclared("listChanges", feed.response, feed.data);
    const grouped = await api.GET("/api/v1/changes/grouped", { params: { query: { limit: 10 } } });
    expectDeclared("listChangeGroups", grouped.response, grouped.data);
    const atom = await api.GET("/api/v1/changes.atom", { parseAs: "text" });
    expectDeclared("getChangesAtom", atom.response, atom.data);
    // A missing fact is a declared problem too.
    const missing = await api.GET("/api/v1/facts/{id}", {
      params: { path: { id: "00000000-0000-4000-8000-000000000000" } },
    });
    expectDeclared("getFact", missing.response, missing.error, 404);

    const writer = await tokenFor("EDITOR", ["facts:write", "webhooks:write"]);
    const draft = await tokenClient(writer.secret).GET("/api/v1/facts/{id}/draft", {
      params: { path: { id: fact.factId } },
    });
    expectDeclared("getFactDraft", draft.response, draft.data);
    const hooks = tokenClient(writer.secret);
    const created = await hooks.POST("/api/v1/webhooks", {
      body: { url: "http://127.0.0.1:9/contract", relation: slug },
    });
    expect(created.response.status).toBe(201);
    const webhookId = created.data?.data.id ?? "";
    const webhooks = await hooks.GET("/api/v1/webhooks");
    expectDeclared("listWebhooks", webhooks.response, webhooks.data);
    const webhook = await hooks.GET("/api/v1/webhooks/{id}", { params: { path: { id: webhookId } } });
    expectDeclared("getWebhook", webhook.response, webhook.data);
    const deliveries = await hooks.GET("/api/v1/webhooks/{id}/deliveries", { params: { path: { id: webhookId } } });
    expectDeclared("listWebhookDeliveries", deliveries.response, deliveries.data);

    const reviewer = await tokenFor("REVIEWER", ["releases:write"]);
    await withReleaseData("shared", async () => {
      const { name } = await cutRelease(reviewer.secret, `contract-${unique()}`);
      const releases = await api.GET("/api/v1/releases", { params: { query: { limit: 5 } } });
      expectDeclared("listReleases", releases.response, releases.data);
      const release = await api.GET("/api/v1/releases/{name}", { params: { path: { name } } });
      expectDeclared("getRelease", release.response, release.data);
      const latest = await api.GET("/api/v1/releases/{name}", {
        params: { path: { name: "latest" } },
        redirect: "manual",
      });
      expectDeclared("getRelease", latest.response, undefined, 302);
      const log = await api.GET("/api/v1/releases/{name}/changes", { params: { path: { name } } });
      expectDeclared("listReleaseChanges", log.response, log.data);
      const file = await api.GET("/api/v1/releases/{name}/{file}", {
        params: { path: { name, file: "facts.csv" } },
        parseAs: "text",
      });
      expectDeclared("downloadReleaseFile", file.response, file.data);
    });

    expect([...checked].sort()).toEqual(gets.map((o) => o.operationId).sort());
  });
});
