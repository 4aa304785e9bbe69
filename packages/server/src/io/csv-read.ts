/**
 * A small RFC 4180 reader that remembers the line each record starts on, so that a
 * coordinator is told "line 12" for the row a spreadsheet shows on line 12. The separator is
 * `;` (French spreadsheets), `,` or a tab (Excel's "Texte Unicode"), whichever the header line
 * uses, or the one an Excel `sep=;` first line names.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

const SEPARATORS = [',', ';', '\t'] as const;

/** The separator the header line uses most (`,` when it has none). */
function separatorOf(header: string): string {
  const count = (sep: string) => header.split(sep).length - 1;
  return SEPARATORS.reduce((best, sep) => (count(sep) > count(best) ? sep : best));
}

/** Parses `text` into records (the header is the first one). */
export function readCsv(text: string): CsvRecord[] {
  // CRLF (Windows), LF, or CR alone (Excel for Mac's "CSV (Macintosh)"): one `\n`, in cells too.
  let src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let line = 1;
  const hint = /^sep=(.)\n/i.exec(src);
  if (hint) {
    src = src.slice(hint[0].length);
    line = 2;
  }
  const firstLine = src.slice(0, src.search(/\n|$/));
  const sep = hint ? hint[1]! : separatorOf(firstLine);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let start = line;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    // Blank lines, and the `;;;;` rows Excel writes below a table, are skipped, not reported.
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      endRecord();
      line += 1;
      start = line;
    } else cell += ch;
    i += 1;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
