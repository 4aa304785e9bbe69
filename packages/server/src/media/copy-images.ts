/**
 * At import: each image a document names is fetched once, checked and stored, and the
 * document then names the copy. An image that cannot be copied is left out with a warning;
 * the item is kept.
 */
import type { Queryable } from '../store/database.js';
import { fetchImage, type FetchLimits, type FetchResult } from './fetch-image.js';
import { IMAGE_FIELD, isMediaName, mediaRef, refName, type MediaKind } from './fields.js';
import { mediaLimits } from './config.js';
import type { MediaWarning } from './messages.js';
import { extensionOf, readMedia, saveMedia } from './store.js';

export interface CopyOptions {
  limits?: FetchLimits;
}

/**
 * The copy a URL already names: a document downloaded from a feed (`…/media/<sha256>.png`)
 * and imported again keeps its images without fetching them, from this server or any other.
 */
async function storedCopy(db: Queryable, url: string): Promise<string | undefined> {
  let name: string | undefined;
  try {
    name = new URL(url).pathname.split('/media/').pop();
  } catch {
    return undefined;
  }
  if (!name || !isMediaName(name)) return undefined;
  const [sha256, ext] = name.split('.') as [string, string];
  const media = await readMedia(db, sha256);
  return media && extensionOf(media.type) === ext ? name : undefined;
}

/** How many images are fetched at once: a slow host does not hold up the others. */
const PARALLEL = 4;

/** Fetches each URL once, `PARALLEL` at a time. */
async function fetchAll(urls: string[], limits: FetchLimits): Promise<Map<string, FetchResult>> {
  const results = new Map<string, FetchResult>();
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift())
      results.set(url, await fetchImage(url, limits));
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, urls.length) }, worker));
  return results;
}

/** Replaces the image URLs of `items` (in place) by references to stored copies. */
export async function copyImages<T extends { id: string }>(
  db: Queryable,
  kind: MediaKind,
  items: T[],
  options: CopyOptions = {},
): Promise<MediaWarning[]> {
  const field = IMAGE_FIELD[kind];
  if (!field) return [];
  const records = items as unknown as Record<string, unknown>[];
  // Copies named already, then one fetch per distinct URL, however many items name it.
  const named = new Map<string, string | undefined>();
  for (const url of new Set(records.map((r) => r[field]))) {
    if (typeof url === 'string' && !refName(url)) named.set(url, await storedCopy(db, url));
  }
  const toFetch = [...named].filter(([, copy]) => !copy).map(([url]) => url);
  const fetched = await fetchAll(toFetch, options.limits ?? mediaLimits());
  // The stored copy each URL names now (a save per distinct image).
  const copies = new Map<string, string | undefined>(named);
  for (const [url, result] of fetched)
    copies.set(url, result.ok ? await saveMedia(db, result.bytes, result.image) : undefined);
  const warnings: MediaWarning[] = [];
  for (const [i, record] of records.entries()) {
    const url = record[field];
    if (url === undefined || refName(url)) continue;
    const copy = typeof url === 'string' ? copies.get(url) : undefined;
    if (copy) {
      record[field] = mediaRef(copy);
      continue;
    }
    delete record[field];
    const result = typeof url === 'string' ? fetched.get(url) : undefined;
    if (result && !result.ok)
      warnings.push({ id: items[i]!.id, field, url: String(url), reason: result.reason });
  }
  return warnings;
}
