/** `ck-server export-feed DIR`: the feed written as static files. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  calendarDocument,
  coalitionsGeoJson,
  collectiveDocument,
  listDocument,
  statsDocument,
} from '../http/documents.js';
import { configuredFeedUrl } from '../media/config.js';
import { mediaFiles } from '../media/report.js';
import { CliError, say } from './output.js';
import { withDatabase, type Target } from './database-target.js';
import type { Io } from './io.js';

/** `ck-server export-feed DIR`: the feed as static files, for any static host or CDN. */
export async function exportFeedCommand(target: Target, dir: string, io: Io): Promise<void> {
  // The copies of images are named under the feed's public address (CK_PUBLIC_URL).
  const feedUrl = configuredFeedUrl();
  const files = await withDatabase(target, async (db) => {
    const collective = await collectiveDocument(db, feedUrl);
    if (!collective)
      throw new CliError(
        say(
          'Aucun collectif : importez d’abord collective.json.',
          'No collective: import collective.json first.',
        ),
      );
    const media = await mediaFiles(db);
    if (media.length > 0 && !feedUrl)
      throw new CliError(
        say(
          'Des images sont copiées : indiquez l’adresse publique du flux dans CK_PUBLIC_URL (ex. https://flux.example.org/v1).',
          'Images are copied: give the feed’s public address in CK_PUBLIC_URL (e.g. https://feed.example.org/v1).',
        ),
      );
    const out: [string, string | Buffer][] = [
      ['collective.json', JSON.stringify(collective)],
      ['events.json', JSON.stringify(await listDocument(db, 'events', feedUrl))],
      ['members.json', JSON.stringify(await listDocument(db, 'members', feedUrl))],
      ['coalitions.json', JSON.stringify(await listDocument(db, 'coalitions'))],
      ['coalitions.geojson', JSON.stringify(await coalitionsGeoJson(db))],
      ['events.ics', (await calendarDocument(db, {}))!],
    ];
    for (const c of collective.campaigns) {
      out.push([
        join('campaigns', c.id, 'stats.json'),
        JSON.stringify(await statsDocument(db, c.id)),
      ]);
    }
    return [...out, ...media];
  });
  for (const [name, body] of files) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  await io.err(
    say(
      `${files.length} fichier(s) écrit(s) dans ${dir} : publiez ce dossier comme {feed} (les envois POST restent sur ck-server).`,
      `${files.length} file(s) written to ${dir}: publish this folder as {feed} (POST submissions stay on ck-server).`,
    ),
  );
}
