import { constraints, PropertyTable, type Schema, TypeText } from "./schema-text";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Media {
  schema?: Schema;
}
export interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, Media> };
  responses?: Record<string, { description?: string; content?: Record<string, Media> }>;
}

export const operationAnchor = (method: string, path: string) =>
  `${method}-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}`;

/** One endpoint: what it does, what it takes, what it answers. */
export function OperationSection({ method, path, op }: { method: string; path: string; op: Operation }) {
  const body = op.requestBody?.content?.["application/json"]?.schema;
  return (
    <section aria-labelledby={operationAnchor(method, path)}>
      <h3 id={operationAnchor(method, path)}>
        <code>{`${method.toUpperCase()} ${path}`}</code>
      </h3>
      <p>
        <strong>{op.summary}</strong>
        {op.security?.length ? " · needs an API token" : ""}
      </p>
      {op.description && <p>{op.description}</p>}
      {op.parameters?.length ? (
        <div className="table-frame">
          <table className="data">
            <caption>Parameters</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {op.parameters.map((p) => (
                <tr key={`${p.in}:${p.name}`}>
                  <td>
                    <code>{p.name}</code>
                    {p.required ? " (required)" : ""}
                  </td>
                  <td>{p.in}</td>
                  <td>
                    <TypeText schema={p.schema} /> {constraints(p.schema)}
                  </td>
                  <td>{p.description ?? p.schema?.description ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {body && (
        <>
          <p>Request body (application/json):</p>
          {body.$ref ? (
            <p>
              <TypeText schema={body} />
            </p>
          ) : (
            <PropertyTable schema={body} />
          )}
        </>
      )}
      <dl className="details">
        {Object.entries(op.responses ?? {}).map(([status, response]) => (
          <div key={status}>
            <dt>{status}</dt>
            <dd>
              {response.description}
              {Object.keys(response.content ?? {}).length ? ` (${Object.keys(response.content ?? {}).join(", ")})` : ""}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
