// `pnpm bench` regenerates only the sections it measures. BENCHMARKS.md also holds sections
// written by the standalone benches (corpus, Lighthouse, valid time, takedowns, profiles); those
// must survive a run, so the file is merged section by section rather than overwritten.

/** A heading line (## or ###) and everything up to the next heading of either level. */
interface Section {
  heading: string;
  body: string;
}

function split(markdown: string): { preamble: string; sections: Section[] } {
  const lines = markdown.split("\n");
  let preamble: string[] = [];
  const sections: Section[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (/^#{2,3} /.test(line)) {
      current = [];
      sections.push({ heading: line.trim(), body: "" });
    }
    if (current === null) preamble.push(line);
    else current.push(line);
    const last = sections.at(-1);
    if (current !== null && last) last.body = current.join("\n");
  }
  preamble = preamble.length > 0 ? preamble : [""];
  return { preamble: preamble.join("\n"), sections };
}

/**
 * The generated file's preamble and sections, in the existing file's order: a section the run
 * produced replaces the one with the same heading; a section only the existing file has stays
 * where it was; a new generated section goes after the section that precedes it in the run.
 */
export function mergeSections(existing: string, generated: string): string {
  const old = split(existing);
  const fresh = split(generated);
  const freshByHeading = new Map(fresh.sections.map((s) => [s.heading, s]));
  const merged: Section[] = old.sections.map((s) => freshByHeading.get(s.heading) ?? s);
  const placed = new Set(old.sections.map((s) => s.heading));
  fresh.sections.forEach((section, index) => {
    if (placed.has(section.heading)) return;
    const before = fresh.sections[index - 1]?.heading;
    const at = before === undefined ? -1 : merged.findIndex((s) => s.heading === before);
    merged.splice(at + 1, 0, section);
    placed.add(section.heading);
  });
  return [fresh.preamble, ...merged.map((s) => s.body)].join("\n");
}
