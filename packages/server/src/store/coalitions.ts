/** Coalition declarations: stored as pending, published once a coordinator approves them. */
import { slug, type Coalition, type CoalitionDeclaration } from '@coalition-kit/sdk';
import type { Queryable } from './database.js';

export interface PendingCoalition {
  id: string;
  status: 'pending' | 'approved';
  name: string;
  createdAt: Date;
  origin: string | null;
  contacts: { name: string; email: string; organisation?: string }[];
}

/** A readable, unique id from the coalition's name: `coalition-climat-brest-4f2a`. */
export function coalitionId(name: string, random: string): string {
  return `${slug(name, 60) || 'coalition'}-${random}`;
}

/** The public part of a declaration, in the shape of coalitions.json. */
export function publicPart(id: string, d: CoalitionDeclaration, createdAt: string): Coalition {
  return {
    id,
    name: d.name,
    objective: d.objective,
    scope: d.scope,
    status: 'forming',
    ...(d.themes && { themes: d.themes }),
    ...(d.members && { otherMembers: d.members }),
    ...(d.locality && { locality: d.locality }),
    ...(d.region && { region: d.region }),
    ...(d.geo && { geo: d.geo }),
    ...(d.operatingMode && { operatingMode: d.operatingMode }),
    ...(d.actions && { actions: d.actions }),
    ...(d.publicContact && { contact: d.publicContact }),
    createdAt,
  };
}

/** Stores a declaration as pending. */
export async function insertDeclaration(
  db: Queryable,
  id: string,
  d: CoalitionDeclaration,
  origin: string | null,
  now: Date,
): Promise<void> {
  const doc = publicPart(id, d, now.toISOString().slice(0, 10));
  const privatePart = { contacts: d.contacts, ...(d.stakes && { stakes: d.stakes }) };
  await db.query(
    `INSERT INTO coalitions (id, doc, status, private, origin, created_at, updated_at)
     VALUES ($1, $2, 'pending', $3, $4, $5, $5)`,
    [id, JSON.stringify(doc), JSON.stringify(privatePart), origin, now.toISOString()],
  );
}

/** Coalitions for the coordinator's list, pending ones only when asked. */
export async function listCoalitions(
  db: Queryable,
  pendingOnly: boolean,
): Promise<PendingCoalition[]> {
  const rows = await db.query<{
    id: string;
    status: 'pending' | 'approved';
    doc: Coalition;
    private: { contacts?: PendingCoalition['contacts'] } | null;
    origin: string | null;
    created_at: string | Date;
  }>(
    `SELECT id, status, doc, private, origin, created_at FROM coalitions
     WHERE $1::boolean IS FALSE OR status = 'pending' ORDER BY created_at, id`,
    [pendingOnly],
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    name: r.doc.name,
    createdAt: new Date(r.created_at),
    origin: r.origin,
    contacts: r.private?.contacts ?? [],
  }));
}

/** Approves a pending coalition; returns what it was before, or undefined when unknown. */
export async function approveCoalition(
  db: Queryable,
  id: string,
): Promise<'pending' | 'approved' | undefined> {
  const rows = await db.query<{ status: 'pending' | 'approved' }>(
    'SELECT status FROM coalitions WHERE id = $1 FOR UPDATE',
    [id],
  );
  const before = rows[0]?.status;
  if (before === 'pending') {
    await db.query(`UPDATE coalitions SET status = 'approved', updated_at = now() WHERE id = $1`, [
      id,
    ]);
  }
  return before;
}

/** What `eraseDeclarationContacts` removed. */
export interface ErasedContacts {
  /** Contact people removed. */
  contacts: number;
  /** Declarations they were removed from. */
  declarations: number;
  /** Public contact addresses removed from coalitions (the address was published with consent). */
  publicAddresses: number;
}

type PublicContact = Coalition['contact'];

/** The public contact without `email` when it is that address (any case); undefined when nothing is left. */
function withoutAddress(contact: PublicContact, email: string): PublicContact {
  if (contact?.email?.toLowerCase() !== email.toLowerCase()) return contact;
  const { email: _erased, ...rest } = contact;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * Erases `email` (any case) from every coalition declaration, pending or approved: the contact
 * people declared with it, the stored answers of those declarations (their fingerprint is a
 * hash of a body that held the address), and the coalition's public contact address when it
 * is that one (a person asking to be forgotten is forgotten in public too); the rest of the
 * public part stays. Running it again erases nothing more.
 */
export async function eraseDeclarationContacts(
  db: Queryable,
  email: string,
): Promise<ErasedContacts> {
  const rows = await db.query<{
    id: string;
    doc: Coalition;
    private: { contacts?: PendingCoalition['contacts'] } | null;
  }>(
    `SELECT id, doc, private FROM coalitions
     WHERE lower(doc->'contact'->>'email') = lower($1) OR EXISTS (
       SELECT 1 FROM jsonb_array_elements(COALESCE(private->'contacts', '[]'::jsonb)) AS c
       WHERE lower(c->>'email') = lower($1)
     ) ORDER BY id FOR UPDATE`,
    [email],
  );
  let contacts = 0;
  let publicAddresses = 0;
  const declarations: string[] = [];
  for (const row of rows) {
    const before = row.private?.contacts ?? [];
    const kept = before.filter((c) => c.email.toLowerCase() !== email.toLowerCase());
    contacts += before.length - kept.length;
    if (kept.length < before.length) declarations.push(row.id);
    const { contact, ...rest } = row.doc;
    const left = withoutAddress(contact, email);
    if (left !== contact) publicAddresses++;
    const doc = left ? { ...rest, contact: left } : rest;
    await db.query(
      `UPDATE coalitions SET doc = $2, private = $3, updated_at = now() WHERE id = $1`,
      [
        row.id,
        JSON.stringify(doc),
        row.private && JSON.stringify({ ...row.private, contacts: kept }),
      ],
    );
  }
  if (rows.length > 0) {
    await db.query(
      `DELETE FROM idempotency_keys WHERE scope = 'coalitions' AND subject_id = ANY($1::text[])`,
      [rows.map((r) => r.id)],
    );
  }
  return { contacts, declarations: declarations.length, publicAddresses };
}
