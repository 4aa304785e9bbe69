/**
 * The text of an imported file, whatever the coordinator's tool saved it in: UTF-8 (with or
 * without BOM), UTF-16 with BOM (Excel's "Texte Unicode"), else Windows-1252 (Excel's
 * "CSV (séparateur : point-virgule)" on a French Windows) or Mac Roman (Excel for Mac's
 * "CSV (Macintosh)"), whichever reads as French.
 */

export type TextEncodingName =
  'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Bytes that were not valid in a mostly UTF-8 file: each became U+FFFD. */
  invalidBytes: number;
}

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG index). Node 20.18.3+ decodes them as Latin-1 C1
 * controls (nodejs/node#56542), which would turn ’ œ € … into invisible characters.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Valid multi-byte UTF-8 sequences and invalid bytes, to tell a damaged UTF-8 file from a 1252 one. */
function utf8Census(bytes: Uint8Array): { sequences: number; invalid: number } {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const extra =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    let ok = extra >= 0 && i + extra < bytes.length;
    for (let k = 1; ok && k <= extra; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid += 1;
      i += 1;
      continue;
    }
    if (extra > 0) sequences += 1;
    i += extra + 1;
  }
  return { sequences, invalid };
}

/**
 * How French a text reads: its lower-case accented letters and typographic apostrophes. Read
 * in the wrong one of the two 8-bit encodings, é becomes Ž or È, à becomes ˆ or ‡.
 */
const frenchness = (s: string) => s.match(/[àâçéèêëîïôùûüœ’]/g)?.length ?? 0;

/** Mac Roman, where the platform has the decoder (Node's full ICU). */
function decodeMacRoman(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('macintosh').decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes the bytes of a file, saying which encoding was read. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const starts = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (starts(0xff, 0xfe))
    return {
      text: new TextDecoder('utf-16le').decode(bytes),
      encoding: 'utf-16le',
      invalidBytes: 0,
    };
  if (starts(0xfe, 0xff))
    return {
      text: new TextDecoder('utf-16be').decode(bytes),
      encoding: 'utf-16be',
      invalidBytes: 0,
    };
  const bom = starts(0xef, 0xbb, 0xbf);
  try {
    // TextDecoder drops the BOM itself.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8', invalidBytes: 0 };
  } catch {
    const { sequences, invalid } = utf8Census(bytes);
    // A UTF-8 file with a few bad bytes (a pasted fragment): keep UTF-8, mark the bad bytes.
    if (bom || sequences > invalid)
      return {
        text: new TextDecoder('utf-8').decode(bytes),
        encoding: bom ? 'utf-8-bom' : 'utf-8',
        invalidBytes: invalid,
      };
    const cp1252 = decodeWindows1252(bytes);
    const mac = decodeMacRoman(bytes);
    if (mac !== undefined && frenchness(mac) > frenchness(cp1252))
      return { text: mac, encoding: 'macintosh', invalidBytes: 0 };
    return { text: cp1252, encoding: 'windows-1252', invalidBytes: 0 };
  }
}

const LABELS = {
  fr: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 avec BOM',
    'utf-16le': 'UTF-16 LE (Excel « Texte Unicode »)',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Excel « CSV (séparateur : point-virgule) »)',
    macintosh: 'Mac Roman (Excel pour Mac « CSV (Macintosh) »)',
  },
  en: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 with BOM',
    'utf-16le': 'UTF-16 LE (Excel "Unicode Text")',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Excel "CSV (semicolon delimited)")',
    macintosh: 'Mac Roman (Excel for Mac "CSV (Macintosh)")',
  },
} as const;

/** The encoding as the coordinator's report names it. */
export const encodingLabel = (encoding: TextEncodingName, lang: 'fr' | 'en') =>
  LABELS[lang][encoding];
