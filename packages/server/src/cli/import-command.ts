/** `ck-server import FILE`: a feed document, members from a spreadsheet, or an agenda. */
import { InvalidDocumentError } from '@coalition-kit/sdk';
import { readCollective, upsertEvents, upsertMembers } from '../store/content.js';
import { documentKind, loadCollective, loadList, type LoadReport } from '../io/load-feed.js';
import { membersFromCsv } from '../io/members-csv.js';
import type { DecodedText } from '../io/decode-text.js';
import { importReport } from '../io/import-report.js';
import { eventsFromCalendar } from '../ical/read.js';
import { copyImages } from '../media/copy-images.js';
import { mediaReportLines } from '../media/report.js';
import type { MediaWarning } from '../media/messages.js';
import { CliError, cliLang, say } from './output.js';
import { withDatabase, type Target } from './database-target.js';
import { sayAll } from './report-lines.js';
import type { Io } from './io.js';

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
