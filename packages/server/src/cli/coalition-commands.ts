/** `ck-server coalitions list` and `coalitions approve`: the declarations a coordinator reviews. */
import { approveCoalition, listCoalitions } from '../store/coalitions.js';
import { CliError, say } from './output.js';
import { visible } from './terminal.js';
import { withDatabase, type Target } from './database-target.js';
import type { Io } from './io.js';

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
