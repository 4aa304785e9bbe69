/**
 * The coordinator's commands. Each does one thing on the database and says what it did. They
 * run in the CLI's process (locking an embedded data directory first, so it never writes
 * beside a running server) or inside the running server, sent over its control socket
 * (control-server.ts): then `target` is the server's open database.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidDocumentError } from '@coalition-kit/sdk';
import { acquireLock } from '../store/lock.js';
import { openDatabase, type Database } from '../store/database.js';
import { migrate } from '../store/migrate.js';
import { readCollective, upsertEvents, upsertMembers } from '../store/content.js';
import { approveCoalition, eraseDeclarationContacts, listCoalitions } from '../store/coalitions.js';
import { erasePledges, pledgeBatches, pledgeCampaigns } from '../store/pledges.js';
import { purge } from '../store/purge.js';
import { announceChange } from '../store/changes.js';
import { documentKind, loadCollective, loadList, type LoadReport } from '../io/load-feed.js';
import { membersFromCsv } from '../io/members-csv.js';
import type { DecodedText } from '../io/decode-text.js';
import { importReport } from '../io/import-report.js';
import { eventsFromCalendar } from '../ical/read.js';
import { csvHead, csvLine } from '../io/csv-write.js';
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
import { visible } from './terminal.js';
import type { Io } from './io.js';

/** Where a command runs: a database it opens itself, or the running server's. */
export type Target = LocalTarget | { db: Database; onChange: () => void };

/** The database of `--data DIR`, or of DATABASE_URL. */
export interface LocalTarget {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/**
 * Runs `fn` on the migrated database, holding the data-directory lock when embedded. A
 * command that `writes` tells the serving processes, so the feed shows its result at once.
 */
export async function withDatabase<T>(
  target: Target,
  fn: (db: Database) => Promise<T>,
  { writes = false } = {},
): Promise<T> {
  if ('db' in target) {
    try {
      return await fn(target.db);
    } finally {
      if (writes) target.onChange();
    }
  }
  const release = target.databaseUrl ? () => undefined : await acquireLock(target.dataDir);
  try {
    const db = await openDatabase(target);
    try {
      await migrate(db);
      const result = await fn(db);
      if (writes && db.engine === 'postgres') await announceChange(db);
      return result;
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/** Says each line on the coordinator's error stream (reports), in order. */
const sayAll = async (lines: string[], io: Io) => {
  for (const line of lines) await io.err(line);
};

/** `ck-server migrate`: creates or upgrades the schema. */
export async function migrateCommand(target: Target, io: Io): Promise<void> {
  await withDatabase(target, async () => undefined);
  await io.err(say('Base de données à jour.', 'Database up to date.'));
}

/** `ck-server demo`: loads the demo feed into an empty database. */
export async function demoCommand(target: Target, io: Io): Promise<void> {
  const reports = await withDatabase(target, (db) => loadDemo(db), { writes: true });
  if (!reports)
    throw new CliError(
      say(
        'La base contient déjà des données : démo non chargée.',
        'The database already has content: demo not loaded.',
      ),
    );
  for (const r of reports) {
    await io.err(say(`${r.kind} : ${r.stored} enregistré(s)`, `${r.kind}: ${r.stored} stored`));
    await sayAll(mediaReportLines(r.media, cliLang()), io);
  }
}

/**
 * `ck-server import FILE`: a feed document (.json), members (.csv) or an agenda (.ics). The
 * CLI reads and decodes the file (`decoded`): a server running the command may not see the
 * same paths.
 */
export async function importCommand(
  target: Target,
  file: string,
  decoded: DecodedText,
  io: Io,
): Promise<void> {
  const { text } = decoded;
  const lower = file.toLowerCase();
  const lang = cliLang();
  const writes = { writes: true };
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) {
    const result = membersFromCsv(text, lang);
    const { items, issues } = result;
    const media = await withDatabase(
      target,
      (db) =>
        db.transaction(async (tx) => {
          const warnings = await copyImages(tx, 'members', items);
          await upsertMembers(tx, items);
          return warnings;
        }),
      writes,
    );
    await sayAll(importReport(file, 'members', decoded, result, lang), io);
    await sayAll(mediaReportLines(media, lang), io);
    if (items.length === 0 && issues.length > 0)
      throw new CliError(say('Aucun membre importé.', 'No member imported.'));
    return;
  }
  if (lower.endsWith('.ics') || lower.endsWith('.ical') || lower.endsWith('.ifb')) {
    const result = await withDatabase(
      target,
      async (db) => {
        const collective = await readCollective(db);
        const r = eventsFromCalendar(text, collective?.timeZone ?? 'Europe/Paris', lang);
        const media: MediaWarning[] = await db.transaction(async (tx) => {
          const warnings = await copyImages(tx, 'events', r.items);
          await upsertEvents(tx, r.items);
          return warnings;
        });
        return { ...r, media };
      },
      writes,
    );
    await sayAll(importReport(file, 'events', decoded, result, lang), io);
    await sayAll(mediaReportLines(result.media, lang), io);
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
    report = await withDatabase(
      target,
      (db) =>
        db.transaction((tx) =>
          kind === 'collective' ? loadCollective(tx, doc) : loadList(tx, kind, doc),
        ),
      writes,
    );
  } catch (error) {
    if (error instanceof InvalidDocumentError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  await io.err(
    say(
      `${file} (${kind}) : ${report.stored} élément(s) importé(s), ${report.issues.length} problème(s).`,
      `${file} (${kind}): ${report.stored} item(s) imported, ${report.issues.length} problem(s).`,
    ),
  );
  for (const i of report.issues)
    await io.err(`  ${i.path.join('.')}${i.id ? ` (${i.id})` : ''}: ${i.message}`);
  await sayAll(mediaReportLines(report.media, lang), io);
}

/** A field of a tab-separated listing: its own tabs and newlines escaped, so it forges no row. */
const field = (value: string) => visible(value);

/** `ck-server coalitions list [--pending]`. */
export async function coalitionsListCommand(
  target: Target,
  pendingOnly: boolean,
  io: Io,
): Promise<void> {
  const list = await withDatabase(target, (db) => listCoalitions(db, pendingOnly));
  if (list.length === 0)
    await io.err(
      say(
        pendingOnly ? 'Aucune coalition en attente.' : 'Aucune coalition.',
        pendingOnly ? 'No pending coalition.' : 'No coalition.',
      ),
    );
  for (const c of list) {
    const contacts = c.contacts.map((p) => `${field(p.name)} <${field(p.email)}>`).join(', ');
    await io.out(
      `${field(c.id)}\t${c.status}\t${field(c.name)}\t${c.createdAt.toISOString().slice(0, 10)}${contacts ? `\t${contacts}` : ''}`,
    );
  }
}

/** `ck-server coalitions approve ID`. */
export async function coalitionsApproveCommand(target: Target, id: string, io: Io): Promise<void> {
  const before = await withDatabase(
    target,
    (db) => db.transaction((tx) => approveCoalition(tx, id)),
    { writes: true },
  );
  if (before === undefined)
    throw new CliError(say(`Coalition inconnue : ${id}`, `Unknown coalition: ${id}`));
  await io.err(
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

const iso = (v: Date | string) => new Date(v).toISOString();

/**
 * `ck-server pledges export --campaign ID`: CSV on stdout, written a batch at a time as the
 * reader takes it; the count is said once every row has been handed over.
 */
export async function pledgesExportCommand(
  target: Target,
  campaign: string,
  io: Io,
): Promise<void> {
  const count = await withDatabase(target, async (db) => {
    const collective = await readCollective(db);
    if (!collective?.campaigns?.some((c) => c.id === campaign)) {
      const has = (await pledgeCampaigns(db)).some((c) => c.campaign === campaign);
      if (!has)
        throw new CliError(say(`Campagne inconnue : ${campaign}`, `Unknown campaign: ${campaign}`));
    }
    // PGlite has no autovacuum: without statistics the planner sorts every remaining pledge
    // for each batch (100,000 pledges: 25 s instead of 7). PostgreSQL keeps its own.
    if (db.engine === 'pglite') await db.query('ANALYZE pledges');
    await io.data(csvHead(EXPORT_HEADER));
    let n = 0;
    for await (const rows of pledgeBatches(db, campaign)) {
      const lines = rows.map((r) =>
        csvLine([
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
      );
      await io.data(lines.join(''));
      n += rows.length;
    }
    return n;
  });
  await io.err(
    say(
      `${count} engagement(s) exporté(s) pour ${campaign}.`,
      `${count} pledge(s) exported for ${campaign}.`,
    ),
  );
}

/** `ck-server pledges erase --email ADDRESS`: the pledges, and the contact people of declarations. */
export async function pledgesEraseCommand(target: Target, email: string, io: Io): Promise<void> {
  const { n, contacts } = await withDatabase(
    target,
    (db) =>
      db.transaction(async (tx) => ({
        n: await erasePledges(tx, email),
        contacts: await eraseDeclarationContacts(tx, email),
      })),
    { writes: true },
  );
  await io.err(
    say(`${n} engagement(s) effacé(s) pour ${email}.`, `${n} pledge(s) erased for ${email}.`),
  );
  const { contacts: c, declarations: d, publicAddresses: p } = contacts;
  await io.err(
    say(
      `${c} personne(s) contact effacée(s) dans ${d} déclaration(s) de coalition.`,
      `${c} contact person(s) erased from ${d} coalition declaration(s).`,
    ),
  );
  await io.err(
    say(
      `${p} adresse(s) de contact publique(s) de coalition effacée(s).`,
      `${p} public contact address(es) of coalitions erased.`,
    ),
  );
}

/** `ck-server purge [--now ISO]`: erases pledges older than their campaign's retention, and unconfirmed ones whose link expired. */
export async function purgeCommand(target: Target, now: Date, io: Io): Promise<void> {
  // Said once committed: a report of erasures that a failure rolled back would be a lie.
  const report = await withDatabase(target, (db) => db.transaction((tx) => purge(tx, now)), {
    writes: true,
  });
  let total = report.unconfirmed;
  for (const c of report.campaigns) {
    total += c.erased;
    await io.err(
      say(
        `${c.id} : ${c.erased} engagement(s) de plus de ${c.months} mois effacé(s) (reçus avant le ${c.before.toISOString().slice(0, 10)}).`,
        `${c.id}: ${c.erased} pledge(s) older than ${c.months} months erased (received before ${c.before.toISOString().slice(0, 10)}).`,
      ),
    );
  }
  await io.err(
    say(
      `${report.unconfirmed} engagement(s) jamais confirmé(s) effacé(s) (lien expiré).`,
      `${report.unconfirmed} never confirmed pledge(s) erased (link expired).`,
    ),
  );
  for (const orphan of report.orphans) {
    await io.err(
      say(
        `${orphan.campaign} : campagne absente de collective.json, ${orphan.n} engagement(s) laissé(s) en place.`,
        `${orphan.campaign}: campaign missing from collective.json, ${orphan.n} pledge(s) left in place.`,
      ),
    );
  }
  await io.err(
    say(`Total : ${total} engagement(s) effacé(s).`, `Total: ${total} pledge(s) erased.`),
  );
}

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
