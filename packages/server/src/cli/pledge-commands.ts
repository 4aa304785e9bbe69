/** `ck-server pledges export` (CSV on stdout) and `pledges erase` (a person's data, on request). */
import { readCollective } from '../store/content.js';
import { eraseDeclarationContacts } from '../store/coalitions.js';
import { erasePledges, pledgeBatches, pledgeCampaigns } from '../store/pledges.js';
import { csvHead, csvLine } from '../io/csv-write.js';
import { CliError, say } from './output.js';
import { withDatabase, type Target } from './database-target.js';
import type { Io } from './io.js';

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
