/**
 * A small RFC 4180 reader that remembers the line each record starts on, so that a
 * coordinator is told "line 12" for the row a spreadsheet shows on line 12. The separator is
 * `;` (French spreadsheets) or `,`, whichever the header line uses.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

/** Parses `text` into records (the header is the first one). */
export function readCsv(text: string): CsvRecord[] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    // Blank lines are skipped, not reported.
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: start, cells });
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
    } else if (ch === '\r' && src[i + 1] === '\n') {
      i += 1;
      continue;
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
