import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { analyzeArticle } from "../src/analyze-article";

// An audit of the importer's regular expressions with recheck's automaton checker, which decides
// from an expression's automaton whether backtracking can grow faster than the input. Run it
// after changing an expression: `pnpm --filter @dyad/importer audit:regexes` (several minutes: large
// case-insensitive alternations take the checker up to tens of seconds each, which is why this
// is an audit and not a unit test). It exits with 1 if an expression is "vulnerable".
// Not decided here: expressions with lookarounds ("unsupported": automata cannot express them)
// and those the checker gives up on within a minute ("timeout"). What bounds every expression in
// practice is tested instead: src/analyze-in-worker.test.ts (adversarial articles of 100 KB
// finish within the analysis budget) and src/scan.test.ts (each rewrite answers what the
// expression it replaced answered). Found: every literal in the importer's source, and every
// expression that runs while the seed article and the fixtures are analysed (those built with
// new RegExp too).

const DIR = path.join(import.meta.dirname, "..", "src");
const SEED = path.join(import.meta.dirname, "..", "..", "..", "data", "azerbaijan-canada.txt");

/** Quadratic in their input, which is bounded to 300 characters (people.ts ROLE_REACH). */
const BOUNDED_INPUT = [/^\/\\b\(\?:its\|the\|their\)/, /^\/\^\\s\+\(\?:has been/];

function literalPatterns(found: Map<string, string>) {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const source = ts.createSourceFile(file, readFileSync(path.join(DIR, file), "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf("/");
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.set(
          `${text.slice(0, end)}/${new RegExp(text.slice(1, end), text.slice(end + 1)).flags}`,
          `${file}:${line}`,
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

function patternsThatRun(found: Map<string, string>) {
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    if (!found.has(`/${this.source}/${this.flags}`)) found.set(`/${this.source}/${this.flags}`, "built at run time");
    return exec.call(this, input);
  };
  try {
    // The seed, the fixtures and the corpus in plain text. Wikitext is left out: it runs
    // wtf_wikipedia's own expressions, several of which recheck calls quadratic; those are
    // bounded by the analysis thread's time and memory budget (RELIABILITY.md), not audited here.
    const fixtures = readdirSync(path.join(DIR, "fixtures"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".txt"))
      .map((e) => path.join(e.parentPath, e.name));
    const articles = [SEED, ...fixtures];
    for (const article of articles) analyzeArticle(readFileSync(article, "utf8"));
  } finally {
    RegExp.prototype.exec = exec;
  }
}

const patterns = new Map<string, string>();
literalPatterns(patterns);
patternsThatRun(patterns);
const counts: Record<string, number> = {};
let vulnerable = 0;
for (const [literal, where] of patterns) {
  if (BOUNDED_INPUT.some((known) => known.test(literal))) {
    counts["bounded input"] = (counts["bounded input"] ?? 0) + 1;
    continue;
  }
  const end = literal.lastIndexOf("/");
  const result = checkSync(literal.slice(1, end), literal.slice(end + 1), { checker: "automaton", timeout: 60_000 });
  const verdict = result.status === "unknown" ? result.error.kind : result.status;
  counts[verdict] = (counts[verdict] ?? 0) + 1;
  if (result.status === "vulnerable") {
    vulnerable++;
    console.log(`${where} ${literal}: ${result.complexity.summary}, e.g. ${JSON.stringify(result.attack.pattern)}`);
  }
}
console.log(`${patterns.size} expressions:`, counts);
process.exitCode = vulnerable > 0 ? 1 : 0;
