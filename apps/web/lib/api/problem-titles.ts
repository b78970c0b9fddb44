/**
 * A 404's title names what is missing, read from the address asked for ("This relation does not
 * exist"); every other title comes with its code from @dyad/db's problem factory.
 */
const RESOURCES: Record<string, string> = {
  relations: "relation",
  facts: "fact",
  sources: "source",
  releases: "release",
  webhooks: "webhook",
  countries: "country",
};

export function notFoundTitle(instance: string): string | null {
  // Below a resource (a relation's facts, a fact's diff) only the resource itself can be missing;
  // the few other 404s (a release's file, no endpoint) give their own title (HttpProblem).
  const name = RESOURCES[/^\/api\/v1\/([^/]+)\/./.exec(instance)?.[1] ?? ""];
  return name ? `This ${name} does not exist` : null;
}
