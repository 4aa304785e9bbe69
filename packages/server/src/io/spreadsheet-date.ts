/**
 * Dates as spreadsheets write them, to the feed's ISO form: `12/03/2015` (French day first),
 * `12/03/15`, `2015-03-12`, or an Excel serial number (`42075`) when the cell lost its format.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-mm-dd` if the day exists (no 31/02), else undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** Excel's rule for two-digit years (as the coordinator's Excel shows them): 00–29 → 20xx, 30–99 → 19xx. */
export const fullYear = (yy: number) => (yy < 30 ? 2000 + yy : 1900 + yy);

/**
 * Excel's 1900 date system counts serial 60 as a 29 February 1900 that never was, so from
 * serial 61 on (all this reader takes) day 0 is 1899-12-30.
 */
function fromSerial(serial: number): string | undefined {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** An optional time after the date (`12/03/2015 00:00`, `12/03/2015 14:30:00`): ignored, the date is what counts. */
const TIME = String.raw`(?:[ T]+\d{1,2}[:h]\d{2}(?::\d{2})?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${TIME}$`);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Five digits: 10000 is 1927-05-18, 99999 is 2173. Four digits would more likely be a year. */
const SERIAL = /^(\d{5})([.,]\d+)?$/;

/** The feed date of a spreadsheet cell, or undefined when it is not a date this reader knows. */
export function spreadsheetDate(raw: string): string | undefined {
  const s = raw.trim();
  if (ISO_DATE_TIME.test(s)) return s;
  const iso = ISO_DAY.exec(s);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const fr = DAY_FIRST.exec(s);
  if (fr) {
    const year = fr[3]!.length === 2 ? fullYear(Number(fr[3])) : Number(fr[3]);
    return isoDay(year, Number(fr[2]), Number(fr[1]));
  }
  const serial = SERIAL.exec(s);
  if (serial) return fromSerial(Number(serial[1]));
  return undefined;
}
