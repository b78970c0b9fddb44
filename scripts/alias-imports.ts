// `pnpm alias-imports`: rewrites every import in apps/web and apps/editor that climbs two or more
// levels (`../../x`) to the app's `@/x` alias (tsconfig "paths"). Runnable again at any time, so a
// rebase that brings back deep imports is fixed by re-running it rather than by hand-merging.
// One-level `../x` and `./x` stay: they name a neighbour, which the alias would only hide.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const APPS = ["apps/web", "apps/editor"];
// next.config.ts is loaded by Next's config loader before tsconfig paths apply, so it keeps relative imports.
const SKIP_FILES = new Set(["next.config.ts"]);
const SKIP_DIRS = new Set(["node_modules", ".next", ".turbo"]);
// `from "…"`, `import "…"`, `import("…")`, `vi.mock("…")`: the quoted specifier is group 2.
const SPECIFIER = /(\bfrom\s+|\bimport\s*\(?\s*|\bvi\.mock\(\s*)(["'])((?:\.\.\/){2,}[^"']*)\2/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return SKIP_DIRS.has(name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !SKIP_FILES.has(name) ? [full] : [];
  });
}

let changedFiles = 0;
let changedImports = 0;
for (const app of APPS) {
  const appRoot = path.join(ROOT, app);
  for (const file of sourceFiles(appRoot)) {
    const before = readFileSync(file, "utf8");
    const after = before.replace(SPECIFIER, (whole, lead: string, quote: string, specifier: string) => {
      const target = path.relative(appRoot, path.resolve(path.dirname(file), specifier));
      // A path that leaves the app (into packages/, say) is not the app's to alias.
      if (target.startsWith("..") || path.isAbsolute(target)) return whole;
      changedImports++;
      return `${lead}${quote}@/${target.split(path.sep).join("/")}${quote}`;
    });
    if (after !== before) {
      writeFileSync(file, after);
      changedFiles++;
    }
  }
}
console.log(`alias-imports: ${changedImports} imports in ${changedFiles} files now use @/`);
