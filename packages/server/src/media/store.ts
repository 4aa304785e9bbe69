/** The media table: image bytes keyed by their SHA-256, with the type and size read from them. */
import { createHash } from 'node:crypto';
import type { Queryable } from '../store/database.js';
import { EXTENSION, MIME, type ImageType, type SniffedImage } from './sniff.js';

export interface StoredMedia {
  sha256: string;
  type: string;
  width: number;
  height: number;
  bytes: Buffer;
}

/** The name a copy is served and exported under: `<sha256>.<ext>`. */
export const mediaName = (sha256: string, type: ImageType) => `${sha256}.${EXTENSION[type]}`;

/** Stores an image once (the same bytes again change nothing); returns its name. */
export async function saveMedia(
  db: Queryable,
  bytes: Buffer,
  image: SniffedImage,
): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await db.query(
    `INSERT INTO media (sha256, type, width, height, bytes) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (sha256) DO NOTHING`,
    [sha256, MIME[image.type], image.width, image.height, bytes],
  );
  return mediaName(sha256, image.type);
}

const toBuffer = (v: unknown) =>
  Buffer.isBuffer(v)
    ? v
    : Buffer.from(
        (v as Uint8Array).buffer,
        (v as Uint8Array).byteOffset,
        (v as Uint8Array).byteLength,
      );

/** One stored image, or undefined. */
export async function readMedia(db: Queryable, sha256: string): Promise<StoredMedia | undefined> {
  const rows = await db.query<StoredMedia>(
    'SELECT sha256, type, width, height, bytes FROM media WHERE sha256 = $1',
    [sha256],
  );
  const row = rows[0];
  return row && { ...row, bytes: toBuffer(row.bytes) };
}

/** Every stored image (for `export-feed`). */
export async function allMedia(db: Queryable): Promise<StoredMedia[]> {
  const rows = await db.query<StoredMedia>(
    'SELECT sha256, type, width, height, bytes FROM media ORDER BY sha256',
  );
  return rows.map((r) => ({ ...r, bytes: toBuffer(r.bytes) }));
}

/** The extension of a stored MIME type. */
export const extensionOf = (mime: string) =>
  EXTENSION[(Object.keys(MIME) as ImageType[]).find((t) => MIME[t] === mime) ?? 'png'];
