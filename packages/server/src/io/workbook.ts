/**
 * A spreadsheet given as the workbook itself rather than its CSV export: the import says how
 * to save it as CSV instead of reading zip or OLE bytes as text.
 */
import type { Lang } from '@coalition-kit/sdk';

const starts = (bytes: Uint8Array, ...b: number[]) => b.every((v, i) => bytes[i] === v);

/** `.xlsx` and `.ods` are zip archives; `.xls` (Excel 97–2003) an OLE compound file. */
export function workbookKind(bytes: Uint8Array): 'zip' | 'ole' | undefined {
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  return undefined;
}

/** What to tell a coordinator who gave a workbook. */
export function workbookMessage(file: string, kind: 'zip' | 'ole', lang: Lang): string {
  const what = kind === 'zip' ? '.xlsx / .ods' : '.xls';
  return lang === 'fr'
    ? `${file} est un classeur (${what}), pas un CSV : ouvrez-le et enregistrez-le sous « CSV UTF-8 (délimité par des virgules) » (Excel) ou « Texte CSV » (LibreOffice), puis importez ce fichier.`
    : `${file} is a workbook (${what}), not a CSV: open it and save it as "CSV UTF-8 (Comma delimited)" (Excel) or "Text CSV" (LibreOffice), then import that file.`;
}
