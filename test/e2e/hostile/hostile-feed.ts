/**
 * The hostile feed: the demo documents with markup and script in every text field and a bad
 * URL in every link field of every other item (the SDK tests' own hostile values): such an
 * item is left out and reported, the others must show. Identifiers, dates and enumerations
 * stay valid. The collective's own links stay valid: one bad link there makes the whole
 * document invalid, and every widget shows its error state (reported to the lead).
 */
import { BAD_URLS, XSS_STRINGS } from '../../../packages/sdk/test/helpers/hostile.js';

const TEXT_KEYS = new Set([
  'name',
  'description',
  'label',
  'address',
  'locality',
  'region',
  'objective',
  'title',
  'otherMembers',
  'operatingMode',
]);
const URL_KEYS = new Set(['url', 'logo', 'image', 'href', 'website']);

let turn = 0;
const next = <T>(values: readonly T[]): T => values[turn++ % values.length]!;

function poison(value: unknown, badUrls: boolean, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, badUrls, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, badUrls, k)]));
  if (typeof value !== 'string') return value;
  if (URL_KEYS.has(key) && badUrls) return next(BAD_URLS);
  if (TEXT_KEYS.has(key)) return `${next(XSS_STRINGS)} ${value}`;
  return value;
}

/** The hostile version of a feed document's JSON text. */
export function hostileDocument(json: string): string {
  turn = 0;
  const doc = JSON.parse(json) as { items?: unknown[] };
  if (!Array.isArray(doc.items)) return JSON.stringify(poison(doc, false));
  const items = doc.items.map((item, i) => poison(item, i % 2 === 1));
  return JSON.stringify({ ...doc, items });
}
