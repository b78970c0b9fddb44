import { createFact, getDb, publishFact, SYSTEM_ACTOR } from "@dyad/db";
import { type Summary, summarize } from "./lib/stats";

export interface VisibleFigures {
  publishToVisible: Summary;
  /** Reference: one render of the same page that no cache serves (its `?asOf=` view). */
  uncachedRender: Summary;
}

/**
 * Publish-to-visible: from the call that publishes a new fact (the domain operation, which
 * commits and then tells the site which cache tags changed) to the first response of the public
 * relation page that shows it, asking again and again without pause. The site runs with
 * DYAD_WEB_URL/DYAD_REVALIDATE_SECRET set in this process, as the editor would.
 */
export async function benchPublishToVisible(options: {
  webUrl: string;
  slug: string;
  iterations: number;
}): Promise<VisibleFigures> {
  const relation = await getDb().relation.findUniqueOrThrow({ where: { slug: options.slug }, select: { id: true } });
  const page = `${options.webUrl}/relations/${options.slug}`;
  await fetch(page).then((r) => r.text());
  const visible: number[] = [];
  const uncached: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const marker = `Benchmark marker ${Date.now().toString(36)}-${i}`;
    const { factId } = await createFact({
      relationId: relation.id,
      content: { kind: "GENERAL", section: "background", data: {}, statement: marker, sources: [] },
      note: "Publish-to-visible benchmark",
      actor: SYSTEM_ACTOR,
    });
    const started = performance.now();
    await publishFact({ factId, actor: SYSTEM_ACTOR });
    for (;;) {
      if ((await (await fetch(page)).text()).includes(marker)) break;
      if (performance.now() - started > 30_000) throw new Error(`${marker} was not visible after 30 s`);
    }
    visible.push(performance.now() - started);
    const renderStarted = performance.now();
    const past = await fetch(`${page}?asOf=${new Date().toISOString()}`);
    if (!(await past.text()).includes(marker)) throw new Error("the uncached view does not show the fact");
    uncached.push(performance.now() - renderStarted);
  }
  return { publishToVisible: summarize(visible), uncachedRender: summarize(uncached) };
}
