/**
 * The coordinator's commands. Each opens the database (locking an embedded data directory
 * first, so it never writes beside a running server), does one thing, says what it did.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidDocumentError } from '@coalition-kit/sdk';
import { acquireLock } from '../store/lock.js';
import { openDatabase, type Database } from '../store/database.js';
import { migrate } from '../store/migrate.js';
import { readCollective, upsertEvents, upsertMembers } from '../store/content.js';
import { approveCoalition, listCoalitions } from '../store/coalitions.js';
import { erasePledges, pledgeCampaigns, pledgesOf } from '../store/pledges.js';
import { purge } from '../store/purge.js';
import { documentKind, loadCollective, loadList, type LoadReport } from '../io/load-feed.js';
import { membersFromCsv } from '../io/members-csv.js';
import { decodeText } from '../io/decode-text.js';
import { importReport } from '../io/import-report.js';
import { workbookKind, workbookMessage } from '../io/workbook.js';
import { eventsFromCalendar } from '../ical/read.js';
import { toCsv } from '../io/csv-write.js';
import { loadDemo } from '../demo/load.js';
import {
  calendarDocument,
  coalitionsGeoJson,
  collectiveDocument,
  listDocument,
  statsDocument,
} from '../http/documents.js';
import { CliError, cliLang, say } from './output.js';
import { copyImages } from '../media/copy-images.js';
import { configuredFeedUrl } from '../media/config.js';
import { mediaFiles, mediaReportLines } from '../media/report.js';
import type { MediaWarning } from '../media/messages.js';

export interface Target {
  dataDir: string;
  databaseUrl?: string | undefined;
}

type Print = (line: string) => void;

/** Runs `fn` on the migrated database, holding the data-directory lock when embedded. */
export async function withDatabase<T>(
  target: Target,
  fn: (db: Database) => Promise<T>,
): Promise<T> {
  const release = target.databaseUrl ? () => undefined : acquireLock(target.dataDir);
  try {
    const db = await openDatabase(target);
    try {
      await migrate(db);
      return await fn(db);
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/** `ck-server migrate`: creates or upgrades the schema. */
export async function migrateCommand(target: Target, print: Print): Promise<void> {
  await withDatabase(target, async () => undefined);
  print(say('Base de données à jour.', 'Database up to date.'));
}

/** `ck-server demo`: loads the demo feed into an empty database. */
export async function demoCommand(target: Target, print: Print): Promise<void> {
  const reports = await withDatabase(target, (db) => loadDemo(db));
  if (!reports)
    throw new CliError(
      say(
        'La base contient déjà des données : démo non chargée.',
        'The database already has content: demo not loaded.',
      ),
    );
  for (const r of reports) {
    print(say(`${r.kind} : ${r.stored} enregistré(s)`, `${r.kind}: ${r.stored} stored`));
    mediaReportLines(r.media, cliLang()).forEach((line) => print(line));
  }
}

/** `ck-server import FILE`: a feed document (.json), members (.csv) or an agenda (.ics). */
export async function importCommand(target: Target, file: string, print: Print): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(
      say(
        `Impossible de lire ${file} : ${(error as Error).message}`,
        `Cannot read ${file}: ${(error as Error).message}`,
      ),
    );
  }
  const lang = cliLang();
  const workbook = workbookKind(bytes);
  if (workbook) throw new CliError(workbookMessage(file, workbook, lang));
  const decoded = decodeText(bytes);
  const { text } = decoded;
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) {
    const result = membersFromCsv(text, lang);
    const { items, issues } = result;
    const media = await withDatabase(target, (db) =>
      db.transaction(async (tx) => {
        const warnings = await copyImages(tx, 'members', items);
        await upsertMembers(tx, items);
        return warnings;
      }),
    );
    importReport(file, 'members', decoded, result, lang).forEach((l) => print(l));
    mediaReportLines(media, lang).forEach((line) => print(line));
    if (items.length === 0 && issues.length > 0)
      throw new CliError(say('Aucun membre importé.', 'No member imported.'));
    return;
  }
  if (lower.endsWith('.ics') || lower.endsWith('.ical') || lower.endsWith('.ifb')) {
    const result = await withDatabase(target, async (db) => {
      const collective = await readCollective(db);
      const r = eventsFromCalendar(text, collective?.timeZone ?? 'Europe/Paris', lang);
      const media: MediaWarning[] = await db.transaction(async (tx) => {
        const warnings = await copyImages(tx, 'events', r.items);
        await upsertEvents(tx, r.items);
        return warnings;
      });
      return { ...r, media };
    });
    importReport(file, 'events', decoded, result, lang).forEach((l) => print(l));
    mediaReportLines(result.media, lang).forEach((line) => print(line));
    if (result.items.length === 0 && result.issues.length > 0)
      throw new CliError(say('Aucun événement importé.', 'No event imported.'));
    return;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      say(
        `${file} n’est pas du JSON valide : ${(error as Error).message}`,
        `${file} is not valid JSON: ${(error as Error).message}`,
      ),
    );
  }
  const kind = documentKind(doc, file);
  if (!kind)
    throw new CliError(
      say(
        `${file} : document inconnu (attendu collective.json, events.json, members.json ou coalitions.json).`,
        `${file}: unknown document (expected collective.json, events.json, members.json or coalitions.json).`,
      ),
    );
  let report: LoadReport;
  try {
    report = await withDatabase(target, (db) =>
      db.transaction((tx) =>
        kind === 'collective' ? loadCollective(tx, doc) : loadList(tx, kind, doc),
      ),
    );
  } catch (error) {
    if (error instanceof InvalidDocumentError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  print(
    say(
      `${file} (${kind}) : ${report.stored} élément(s) importé(s), ${report.issues.length} problème(s).`,
      `${file} (${kind}): ${report.stored} item(s) imported, ${report.issues.length} problem(s).`,
    ),
  );
  for (const i of report.issues)
    print(`  ${i.path.join('.')}${i.id ? ` (${i.id})` : ''}: ${i.message}`);
  mediaReportLines(report.media, lang).forEach((line) => print(line));
}

/** `ck-server coalitions list [--pending]`. */
export async function coalitionsListCommand(
  target: Target,
  pendingOnly: boolean,
  print: Print,
): Promise<void> {
  const list = await withDatabase(target, (db) => listCoalitions(db, pendingOnly));
  if (list.length === 0)
    print(
      say(
        pendingOnly ? 'Aucune coalition en attente.' : 'Aucune coalition.',
        pendingOnly ? 'No pending coalition.' : 'No coalition.',
      ),
    );
  for (const c of list) {
    const contacts = c.contacts.map((p) => `${p.name} <${p.email}>`).join(', ');
    print(
      `${c.id}\t${c.status}\t${c.name}\t${c.createdAt.toISOString().slice(0, 10)}${contacts ? `\t${contacts}` : ''}`,
    );
  }
}

/** `ck-server coalitions approve ID`. */
export async function coalitionsApproveCommand(
  target: Target,
  id: string,
  print: Print,
): Promise<void> {
  const before = await withDatabase(target, (db) =>
    db.transaction((tx) => approveCoalition(tx, id)),
  );
  if (before === undefined)
    throw new CliError(say(`Coalition inconnue : ${id}`, `Unknown coalition: ${id}`));
  print(
    before === 'approved'
      ? say(`${id} était déjà publiée.`, `${id} was already published.`)
      : say(
          `${id} approuvée : elle est publiée dans coalitions.json.`,
          `${id} approved: it is published in coalitions.json.`,
        ),
  );
}

export const EXPORT_HEADER = [
  'id',
  'date',
  'type',
  'nom',
  'email',
  'organisation',
  'code_postal',
  'engagements',
  'message',
  'public',
  'consentement',
  'version_notice',
  'origine',
];

/** `ck-server pledges export --campaign ID`: CSV on stdout. */
export async function pledgesExportCommand(
  target: Target,
  campaign: string,
  write: (s: string) => void,
  print: Print,
): Promise<void> {
  const rows = await withDatabase(target, async (db) => {
    const collective = await readCollective(db);
    if (!collective?.campaigns?.some((c) => c.id === campaign)) {
      const has = (await pledgeCampaigns(db)).some((c) => c.campaign === campaign);
      if (!has)
        throw new CliError(say(`Campagne inconnue : ${campaign}`, `Unknown campaign: ${campaign}`));
    }
    return pledgesOf(db, campaign);
  });
  const iso = (v: Date | string) => new Date(v).toISOString();
  write(
    toCsv(
      EXPORT_HEADER,
      rows.map((r) => [
        r.id,
        iso(r.created_at),
        r.pledger_kind,
        r.name,
        r.email,
        r.organisation,
        r.postal_code,
        r.commitments,
        r.message,
        r.public ? 'oui' : 'non',
        iso(r.consent_at),
        r.notice_version,
        r.origin,
      ]),
    ),
  );
  print(
    say(
      `${rows.length} engagement(s) exporté(s) pour ${campaign}.`,
      `${rows.length} pledge(s) exported for ${campaign}.`,
    ),
  );
}

/** `ck-server pledges erase --email ADDRESS`. */
export async function pledgesEraseCommand(
  target: Target,
  email: string,
  print: Print,
): Promise<void> {
  const n = await withDatabase(target, (db) => db.transaction((tx) => erasePledges(tx, email)));
  print(say(`${n} engagement(s) effacé(s) pour ${email}.`, `${n} pledge(s) erased for ${email}.`));
}

/** `ck-server purge [--now ISO]`: erases pledges older than their campaign's retention, and unconfirmed ones whose link expired. */
export async function purgeCommand(target: Target, now: Date, print: Print): Promise<void> {
  const report = await withDatabase(target, (db) => db.transaction((tx) => purge(tx, now)));
  let total = report.unconfirmed;
  for (const c of report.campaigns) {
    total += c.erased;
    print(
      say(
        `${c.id} : ${c.erased} engagement(s) de plus de ${c.months} mois effacé(s) (reçus avant le ${c.before.toISOString().slice(0, 10)}).`,
        `${c.id}: ${c.erased} pledge(s) older than ${c.months} months erased (received before ${c.before.toISOString().slice(0, 10)}).`,
      ),
    );
  }
  print(
    say(
      `${report.unconfirmed} engagement(s) jamais confirmé(s) effacé(s) (lien expiré).`,
      `${report.unconfirmed} never confirmed pledge(s) erased (link expired).`,
    ),
  );
  for (const orphan of report.orphans) {
    print(
      say(
        `${orphan.campaign} : campagne absente de collective.json, ${orphan.n} engagement(s) laissé(s) en place.`,
        `${orphan.campaign}: campaign missing from collective.json, ${orphan.n} pledge(s) left in place.`,
      ),
    );
  }
  print(say(`Total : ${total} engagement(s) effacé(s).`, `Total: ${total} pledge(s) erased.`));
}

/** `ck-server export-feed DIR`: the feed as static files, for any static host or CDN. */
export async function exportFeedCommand(target: Target, dir: string, print: Print): Promise<void> {
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
  print(
    say(
      `${files.length} fichier(s) écrit(s) dans ${dir} : publiez ce dossier comme {feed} (les envois POST restent sur ck-server).`,
      `${files.length} file(s) written to ${dir}: publish this folder as {feed} (POST submissions stay on ck-server).`,
    ),
  );
}
