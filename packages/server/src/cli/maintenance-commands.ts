/** The coordinator's maintenance commands: `migrate`, `demo` and `purge`. Each says what it did. */
import { purge } from '../store/purge.js';
import { loadDemo } from '../demo/load.js';
import { mediaReportLines } from '../media/report.js';
import { CliError, cliLang, say } from './output.js';
import { withDatabase, type Target } from './database-target.js';
import { sayAll } from './report-lines.js';
import type { Io } from './io.js';

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
