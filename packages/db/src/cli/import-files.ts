import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** Files the importer reads: plain text and wikitext articles. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".wiki", ".wikitext"];

/**
 * The articles a command-line argument names: the file itself, or every article file under a
 * folder (recursively, in name order so that runs are repeatable).
 */
export async function listArticleFiles(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
