/**
 * Loads feed documents into the database, leniently: each invalid item is left out and
 * reported (with its index and reason), the valid ones are stored.
 */
import {
  Coalition,
  Event,
  Member,
  parseCollective,
  parseListDocument,
  type FeedIssue,
} from '@coalition-kit/sdk';
import type { Queryable } from '../store/database.js';
import {
  saveCollective,
  upsertCoalitions,
  upsertEvents,
  upsertMembers,
  type ItemKind,
} from '../store/content.js';
import { copyImages } from '../media/copy-images.js';
import type { MediaWarning } from '../media/messages.js';

export type DocumentKind = 'collective' | ItemKind;

export interface LoadReport {
  kind: DocumentKind;
  stored: number;
  issues: FeedIssue[];
  /** Images that could not be copied (the field was left out, the item kept). */
  media: MediaWarning[];
}

/** Stores the collective document (an invalid name or time zone throws `InvalidDocumentError`). */
export async function loadCollective(db: Queryable, doc: unknown): Promise<LoadReport> {
  const { collective, issues } = parseCollective(doc);
  const media = await copyImages(db, 'collective', [collective]);
  await saveCollective(db, collective);
  return { kind: 'collective', stored: 1, issues, media };
}

/** Stores the valid items of a list document. */
export async function loadList(db: Queryable, kind: ItemKind, doc: unknown): Promise<LoadReport> {
  if (kind === 'events') {
    const r = parseListDocument(Event, doc);
    const media = await copyImages(db, kind, r.items);
    await upsertEvents(db, r.items);
    return { kind, stored: r.items.length, issues: r.issues, media };
  }
  if (kind === 'members') {
    const r = parseListDocument(Member, doc);
    const media = await copyImages(db, kind, r.items);
    await upsertMembers(db, r.items);
    return { kind, stored: r.items.length, issues: r.issues, media };
  }
  const r = parseListDocument(Coalition, doc);
  await upsertCoalitions(db, r.items);
  return { kind, stored: r.items.length, issues: r.issues, media: [] };
}

/** Which document a JSON value is: a collective has `campaigns` or `timeZone`, lists have `items`. */
export function documentKind(doc: unknown, fileName: string): DocumentKind | undefined {
  const base = fileName.toLowerCase().split(/[\\/]/).pop() ?? '';
  for (const kind of ['collective', 'events', 'members', 'coalitions'] as const) {
    if (base.startsWith(kind)) return kind;
  }
  const d = doc as { items?: unknown[]; name?: unknown } | null;
  if (d && !Array.isArray(d.items) && typeof d.name === 'string') return 'collective';
  const first = Array.isArray(d?.items)
    ? (d.items[0] as Record<string, unknown> | undefined)
    : undefined;
  if (!first) return undefined;
  if ('startDate' in first) return 'events';
  if ('objective' in first) return 'coalitions';
  if ('kind' in first) return 'members';
  return undefined;
}
