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

/** Replaces the image URLs of `items` (in place) by references to stored copies. */
export async function copyImages<T extends { id: string }>(
  db: Queryable,
  kind: MediaKind,
  items: T[],
  options: CopyOptions = {},
): Promise<MediaWarning[]> {
  const field = IMAGE_FIELD[kind];
  if (!field) return [];
  const limits = options.limits ?? mediaLimits();
  // One fetch per distinct URL in a document, however many items name it.
  const fetched = new Map<string, Promise<FetchResult>>();
  const warnings: MediaWarning[] = [];
  for (const item of items) {
    const record = item as Record<string, unknown>;
    const url = record[field];
    if (url === undefined || refName(url)) continue;
    if (typeof url !== 'string') {
      delete record[field];
      continue;
    }
    const copy = await storedCopy(db, url);
    if (copy) {
      record[field] = mediaRef(copy);
      continue;
    }
    if (!fetched.has(url)) fetched.set(url, fetchImage(url, limits));
    const result = await fetched.get(url)!;
    if (result.ok) record[field] = mediaRef(await saveMedia(db, result.bytes, result.image));
    else {
      delete record[field];
      warnings.push({ id: item.id, field, url, reason: result.reason });
    }
  }
  return warnings;
}
