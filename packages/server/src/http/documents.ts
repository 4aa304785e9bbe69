/**
 * The public documents, each produced through the SDK's schemas: a projection of what is
 * stored, so no email, private contact, pending or unpublished item ever goes out.
 */
import {
  CampaignStats,
  Coalition,
  Event,
  Member,
  byStart,
  matchEvent,
  parseCollective,
  validate,
  validateItems,
  type Collective,
  type EventQuery,
} from '@coalition-kit/sdk';
import type { Queryable } from '../store/database.js';
import { readCollective, readPublished, type ItemKind } from '../store/content.js';
import { campaignStats } from '../store/pledges.js';
import { writeCalendar } from '../ical/write.js';
import { resolveMedia } from '../media/fields.js';

const EPOCH = new Date(0);

/**
 * The collective as published (invalid campaigns or themes left out). `feedUrl`: the feed's
 * public address, under which the copies of images are named (without it they are left out).
 */
export async function collectiveDocument(
  db: Queryable,
  feedUrl?: string,
): Promise<Collective | undefined> {
  const stored = await readCollective(db);
  return stored
    ? parseCollective(resolveMedia('collective', stored, feedUrl)).collective
    : undefined;
}

const SCHEMAS = { events: Event, members: Member, coalitions: Coalition } as const;

/** A list document: `{version, generatedAt, items}`, items validated one by one. */
export async function listDocument(db: Queryable, kind: ItemKind, feedUrl?: string) {
  const stored = await readPublished(db, kind);
  const resolved = stored.items.map((item) => resolveMedia(kind, item, feedUrl));
  const { items } = validateItems<{ id: string }>(SCHEMAS[kind], resolved);
  if (kind === 'events') (items as Event[]).sort(byStart);
  else items.sort((a, b) => (a as Member).name.localeCompare((b as Member).name, 'fr'));
  return {
    version: 1 as const,
    generatedAt: (stored.updatedAt ?? EPOCH).toISOString(),
    items,
  };
}

/** A campaign's counter, or undefined when the collective has no such campaign. */
export async function statsDocument(db: Queryable, campaign: string) {
  const collective = await collectiveDocument(db);
  if (!collective?.campaigns.some((c) => c.id === campaign)) return undefined;
  const checked = validate(CampaignStats, await campaignStats(db, campaign));
  if (!checked.ok) throw new Error(`stats of ${campaign}: ${JSON.stringify(checked.errors)}`);
  return checked.value;
}

/** Splits `a,b` query values: trimmed, without repeats, sorted (one spelling per filter). */
const list = (v: unknown) => {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const values = [...new Set(v.split(',').map((s) => s.trim()))].filter(Boolean).sort();
  return values.length ? values : undefined;
};

/**
 * The agenda filters of `events.ics` (`themes=a,b&formats=x&region=…`), as the SDK writes
 * them, normalised: `themes=b,a,a` and `themes=a,b` are the same query.
 */
export function eventQuery(query: Record<string, unknown>): EventQuery {
  const themes = list(query.themes);
  const formats = list(query.formats) as EventQuery['formats'];
  const region =
    typeof query.region === 'string' && query.region.trim() ? query.region.trim() : undefined;
  return { ...(themes && { themes }), ...(formats && { formats }), ...(region && { region }) };
}

/** What a calendar is made of: the collective and its published events, read together. */
export interface CalendarInputs {
  collective: Collective;
  events: Event[];
  generatedAt: Date;
}

/** The collective and the events, or undefined before a collective is imported. */
export async function calendarInputs(db: Queryable): Promise<CalendarInputs | undefined> {
  const collective = await collectiveDocument(db);
  if (!collective) return undefined;
  const doc = await listDocument(db, 'events');
  return { collective, events: doc.items as Event[], generatedAt: new Date(doc.generatedAt) };
}

/** The agenda as iCalendar, filtered like the agenda widget. */
export const calendarOf = (
  { collective, events, generatedAt }: CalendarInputs,
  query: EventQuery,
) =>
  writeCalendar(
    collective,
    events.filter((e) => matchEvent(e, query)),
    generatedAt,
  );

/** The agenda as iCalendar, filtered like the agenda widget (undefined without a collective). */
export async function calendarDocument(
  db: Queryable,
  query: EventQuery,
): Promise<string | undefined> {
  const inputs = await calendarInputs(db);
  return inputs && calendarOf(inputs, query);
}

/** The coalitions that have a place, as a GeoJSON FeatureCollection (RFC 7946: lon, lat). */
export async function coalitionsGeoJson(db: Queryable) {
  const doc = await listDocument(db, 'coalitions');
  return {
    type: 'FeatureCollection' as const,
    features: (doc.items as Coalition[])
      .filter((c) => c.geo)
      .map((c) => ({
        type: 'Feature' as const,
        id: c.id,
        geometry: { type: 'Point' as const, coordinates: [c.geo!.lon, c.geo!.lat] },
        properties: {
          id: c.id,
          name: c.name,
          objective: c.objective,
          scope: c.scope,
          status: c.status,
          ...(c.locality && { locality: c.locality }),
          ...(c.region && { region: c.region }),
          ...(c.themes && { themes: c.themes }),
          ...(c.contact?.url && { url: c.contact.url }),
        },
      })),
  };
}
