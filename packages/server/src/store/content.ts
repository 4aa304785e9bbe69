/**
 * The published content: the collective document and the items of the list documents.
 * Items are stored as their feed JSON; what goes out is projected through the SDK's schemas
 * (see `http/documents.ts`), never read straight from a row.
 */
import type { Collective, Coalition, Event, Member } from '@coalition-kit/sdk';
import type { Queryable } from './database.js';

export type ItemKind = 'events' | 'members' | 'coalitions';

export interface StoredItems {
  items: unknown[];
  /** When the newest of these items (or the collective) changed: the document's `generatedAt`. */
  updatedAt: Date | undefined;
}

const toDate = (v: unknown) => (v === null || v === undefined ? undefined : new Date(v as string));

/** The collective document, or undefined before one is imported. */
export async function readCollective(db: Queryable): Promise<Collective | undefined> {
  const rows = await db.query<{ doc: Collective }>('SELECT doc FROM collective LIMIT 1');
  return rows[0]?.doc;
}

/** Replaces the collective document (there is one per database). */
export async function saveCollective(db: Queryable, doc: Collective): Promise<void> {
  await db.query('DELETE FROM collective WHERE id <> $1', [doc.id]);
  await db.query(
    `INSERT INTO collective (id, doc) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, updated_at = now()`,
    [doc.id, JSON.stringify(doc)],
  );
}

/** The published items of a list document, oldest first (the feed order is the import order). */
export async function readPublished(db: Queryable, kind: ItemKind): Promise<StoredItems> {
  const where = kind === 'coalitions' ? "status = 'approved'" : 'published';
  // `kind` is one of three literals, never user input.
  const rows = await db.query<{ doc: unknown; updated_at: unknown }>(
    `SELECT doc, updated_at FROM ${kind} WHERE ${where} ORDER BY id`,
  );
  let updatedAt: Date | undefined;
  for (const row of rows) {
    const at = toDate(row.updated_at);
    if (at && (!updatedAt || at > updatedAt)) updatedAt = at;
  }
  return { items: rows.map((r) => r.doc), updatedAt };
}

/** Inserts or replaces events by id. */
export async function upsertEvents(db: Queryable, items: readonly Event[]): Promise<void> {
  for (const item of items) {
    await db.query(
      `INSERT INTO events (id, doc) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, published = true, updated_at = now()`,
      [item.id, JSON.stringify(item)],
    );
  }
}

/** Inserts or replaces members by id. */
export async function upsertMembers(db: Queryable, items: readonly Member[]): Promise<void> {
  for (const item of items) {
    await db.query(
      `INSERT INTO members (id, doc) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, published = true, updated_at = now()`,
      [item.id, JSON.stringify(item)],
    );
  }
}

/** Inserts or replaces coalitions by id, as approved (imported by a coordinator). */
export async function upsertCoalitions(db: Queryable, items: readonly Coalition[]): Promise<void> {
  for (const item of items) {
    await db.query(
      `INSERT INTO coalitions (id, doc, status) VALUES ($1, $2, 'approved')
       ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, status = 'approved', updated_at = now()`,
      [item.id, JSON.stringify(item)],
    );
  }
}

/** Is there any content yet? (`--demo` loads the demo only into an empty database.) */
export async function isEmpty(db: Queryable): Promise<boolean> {
  const rows = await db.query<{ n: number }>(
    `SELECT ((SELECT count(*) FROM collective) + (SELECT count(*) FROM events)
           + (SELECT count(*) FROM members) + (SELECT count(*) FROM coalitions))::int AS n`,
  );
  return (rows[0]?.n ?? 0) === 0;
}
