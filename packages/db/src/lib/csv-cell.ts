// CSV injection (OWASP "CSV Injection"): a spreadsheet opening a CSV file runs a cell that begins
// with =, +, -, @, a tab or a carriage return as a formula, which can fetch URLs or run commands
// on the reader's machine. Such a cell gets a leading single quote, which spreadsheets show as
// text, and every text cell is quoted by the writer. The release's exact text stays in
// facts.ndjson and facts.json; in the CSV, a cell that begins with ' followed by one of those
// characters had the quote added.
//
// The lookalikes of those characters count too: the fullwidth ＝ ＋ － ＠ and the small ﹦ ﹢ ﹣ ﹫,
// which some spreadsheets (East Asian input and locales) read as the ASCII ones. They are the
// characters whose compatibility form (NFKC) is one of the four, so that is how they are found.

const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** The cell as a spreadsheet will show it, never as a formula. */
export function spreadsheetSafe(cell: string): string {
  const first = cell.charAt(0);
  return FORMULA_START.has(first) || FORMULA_START.has(first.normalize("NFKC")) ? `'${cell}` : cell;
}
