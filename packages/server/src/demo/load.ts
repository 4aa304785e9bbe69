/** Loads the demo feed (modelled on real collectives) into an empty database. */
import type { Database } from '../store/database.js';
import { isEmpty } from '../store/content.js';
import { loadCollective, loadList, type LoadReport } from '../io/load-feed.js';
import { demoContent } from './content/index.js';

/** Loads the demo in one transaction; returns undefined when the database already has content. */
export async function loadDemo(db: Database, now = new Date()): Promise<LoadReport[] | undefined> {
  if (!(await isEmpty(db))) return undefined;
  const demo = demoContent(now);
  return db.transaction(async (tx) => [
    await loadCollective(tx, demo.collective),
    await loadList(tx, 'members', demo.members),
    await loadList(tx, 'events', demo.events),
    await loadList(tx, 'coalitions', demo.coalitions),
  ]);
}
