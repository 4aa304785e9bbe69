/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents right), fields
 * quoted per RFC 4180, CRLF line ends, and cells that a spreadsheet would run as a formula
 * prefixed with `'` (OWASP's advice on CSV injection).
 *
 * A cell is a formula to Excel or LibreOffice when it starts with `=`, `+`, `-` or `@` (TAB and
 * CR too: some import paths drop them and read what follows). One kind of cell is left alone:
 * an email address made only of letters, digits and `_ ' + - .` before the `@` and a host name
 * after it, ending in a letters-only top-level domain (`+33@x.fr`, `+tag@example.org`, `-info@asso.fr`). Such a text has no parenthesis,
 * no `!`, `|`, `"` nor `:`, so it can neither call a function nor reach another sheet, a
 * file or a program (DDE): a spreadsheet that tries it finds only an invalid formula. The
 * prefix would only corrupt the address the coordinator copies into a mailing tool.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_EMAIL = /^[A-Za-z0-9_'+\-.]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/;

/** Would a spreadsheet evaluate `text`? */
export const isFormulaLike = (text: string) => FORMULA_START.test(text) && !PLAIN_EMAIL.test(text);

/** One cell: neutralised, then quoted when it holds a separator, quote or line break. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'string' ? value : Array.isArray(value) ? value.join(';') : String(value);
  if (isFormulaLike(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of cells, with its CRLF. */
export const csvLine = (cells: readonly unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** The start of a file: the BOM and the header line. */
export const csvHead = (header: readonly string[]) => `\uFEFF${csvLine(header)}`;

/** A whole file: the BOM, a header line, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return csvHead(header) + rows.map(csvLine).join('');
}
