import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";
import { type Operation, OperationSection, operationAnchor } from "./operation";
import { PropertyTable, type Schema, schemaAnchor } from "./schema-text";

export const metadata: Metadata = {
  title: "Public data API",
  description:
    "Reference of Dyad's versioned public data API: as-of reads, releases with content hashes, a changes feed.",
};

const METHODS = ["get", "post", "patch", "put", "delete"] as const;

/**
 * The API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves (so it
 * cannot drift from the schemas the handlers validate with), after a short guide.
 */
export default function ApiReferencePage() {
  const doc = openApiDocument();
  const paths = doc.paths as Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, op: item[method] as Operation }] : [])),
  );
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, Schema>);
  return (
    <article>
      <h1>Dyad public data API</h1>
      <p className="lead">
        Dated, sourced and versioned facts about relations between countries, as JSON: every read can be asked about any
        past instant, releases are frozen and hashed so they can be cited, and a changes feed lets you mirror
        everything. Machine-readable description: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
        Entry point: <a href="/api/v1">/api/v1</a>.
      </p>
      <nav className="toc" aria-label="On this page">
        <ul>
          <li>
            <a href="#guide">Guide</a>
          </li>
          {doc.tags?.map((tag) => (
            <li key={tag.name}>
              <a href={`#tag-${tag.name}`}>{tag.name}</a>
            </li>
          ))}
          <li>
            <a href="#schemas">Schemas</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="guide">
        <h2 id="guide">Guide</h2>
        <h3 id="as-of">Reading the past: asOf</h3>
        <p>
          Every read takes <code>asOf</code>, an instant (<code>2026-01-01</code> for midnight UTC, or an RFC 3339
          date-time with a zone, to the microsecond), and answers with exactly what the public saw then: later edits
          never change that answer. <code>meta.asOf</code> says which instant an answer is for; without{" "}
          <code>asOf</code> it is now, and passing that <code>meta.asOf</code> back returns the same answer for ever.{" "}
          <code>meta.release</code> names the release the instant falls in.
        </p>
        <h3 id="paging">Pages</h3>
        <p>
          Lists take <code>limit</code> (1 to 1000, default 100) and return <code>meta.nextCursor</code> and{" "}
          <code>links.next</code>; a cursor keeps the instant of the first page, so paging stays consistent while facts
          are published.
        </p>
        <h3 id="http">Caching, errors and limits</h3>
        <p>
          Responses carry an <code>ETag</code>: send it as <code>If-None-Match</code> and an unchanged answer is a 304
          without a body. Answers about a past instant, releases and full pages of the changes feed are{" "}
          <code>Cache-Control: immutable</code>; answers about now may be cached for a minute. Errors are{" "}
          <code>application/problem+json</code> with a <code>detail</code> that says what to fix. Each client address
          (each token, for writes) has a request budget per minute, reported in the <code>RateLimit-*</code> headers;
          beyond it the answer is 429 with <code>Retry-After</code>. Reads are open to any origin (CORS).
        </p>
        <h3 id="releases">Releases and their hash</h3>
        <p>
          A release freezes everything public at one instant under a name such as <code>2026.11.0</code>.{" "}
          <code>facts.ndjson</code> is its canonical serialization: one line per fact, in ascending order of fact id,
          each line the RFC 8785 (JCS) canonical JSON of the fact record followed by a line feed. The release&apos;s{" "}
          <code>contentHash</code> is the SHA-256 of exactly those bytes, so <code>sha256sum facts.ndjson</code> checks
          a download. Released bytes never change.
        </p>
        <h3 id="changes">Mirroring with the changes feed</h3>
        <p>
          <code>/api/v1/changes</code> lists every publication and withdrawal with the content made public. Apply them
          in order (published: store the fact; withdrawn: delete it) until <code>meta.hasMore</code> is false: you then
          hold exactly the public state at <code>meta.asOf</code>. Keep <code>meta.nextCursor</code> and ask again
          later. To start from a release instead of the beginning, load its <code>facts.ndjson</code> and read the feed
          with <code>since</code> set to the release&apos;s <code>asOf</code>.
        </p>
        <h3 id="writing">Writing with a token</h3>
        <p>
          Editors create API tokens in the editor app, with scopes: <code>facts:write</code> (create and revise drafts,
          submit them for review) and <code>releases:write</code> (cut releases; reviewers and admins). Send{" "}
          <code>Authorization: Bearer dyad_…</code>. To revise a draft, read it (
          <code>GET /api/v1/facts/&#123;id&#125;/draft</code>
          ), then <code>PATCH /api/v1/facts/&#123;id&#125;</code> with <code>If-Match</code> set to its ETag: if someone
          saved in between, the answer is 409 naming the current revision, and nothing is overwritten.
        </p>
      </section>

      {doc.tags?.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          {tag.description && <p className="muted">{tag.description}</p>}
          {operations
            .filter(({ op }) => op.tags?.includes(tag.name))
            .map(({ path, method, op }) => (
              <OperationSection key={operationAnchor(method, path)} method={method} path={path} op={op} />
            ))}
        </section>
      ))}

      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        {schemas.map(([name, schema]) => (
          <section key={name} aria-labelledby={schemaAnchor(name)}>
            <h3 id={schemaAnchor(name)}>{name}</h3>
            {schema.description && <p>{schema.description}</p>}
            <PropertyTable schema={schema} />
          </section>
        ))}
      </section>
    </article>
  );
}
