/** The media part of an import report, and the copies `export-feed` writes beside the documents. */
import type { Lang } from '@coalition-kit/sdk';
import type { Queryable } from '../store/database.js';
import { warningLine, type MediaWarning } from './messages.js';
import { allMedia, extensionOf } from './store.js';

/** The lines that tell which images were left out and why (none when all were copied). */
export function mediaReportLines(warnings: readonly MediaWarning[], lang: Lang): string[] {
  if (warnings.length === 0) return [];
  const head =
    lang === 'en'
      ? `${warnings.length} image(s) not copied (the items are kept without them):`
      : `${warnings.length} image(s) non copiée(s) (les éléments sont gardés sans elles) :`;
  return [head, ...warnings.map((w) => warningLine(w, lang))];
}

/** Every stored copy as a file of the static feed: `media/<sha256>.<ext>`. */
export async function mediaFiles(db: Queryable): Promise<[string, Buffer][]> {
  return (await allMedia(db)).map((m) => [`media/${m.sha256}.${extensionOf(m.type)}`, m.bytes]);
}
