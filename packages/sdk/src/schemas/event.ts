/** `{feed}/events.json`: the common agenda. */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import {
  Geo,
  MAX,
  checkedObject,
  endNotBeforeStart,
  httpUrl,
  id,
  idList,
  isoDate,
  text,
} from './primitives.js';
import { EVENT_FORMATS, EVENT_STATUSES } from './closed-lists.js';

export {
  EVENT_FORMATS,
  EVENT_STATUSES,
  type EventFormat,
  type EventStatus,
} from './closed-lists.js';

/** Where an event takes place. */
export const Location = checkedObject({
  name: z.optional(text(MAX.name)),
  address: z.optional(text(MAX.shortText)),
  locality: z.optional(text(MAX.name)),
  postalCode: z.optional(z.string().check(z.maxLength(16))),
  region: z.optional(text(MAX.name)),
  geo: z.optional(Geo),
});
export type Location = z.infer<typeof Location>;

/** An event of the common agenda. */
export const Event = checkedObject({
  id: id(),
  name: text(MAX.name),
  /** Plain text, never HTML. */
  description: z.optional(text(MAX.text)),
  startDate: isoDate(),
  endDate: z.optional(isoDate()),
  /** `scheduled` when the feed says nothing. */
  status: z._default(z.enum(EVENT_STATUSES), 'scheduled'),
  format: z.optional(z.enum(EVENT_FORMATS)),
  location: z.optional(Location),
  online: z.optional(checkedObject({ url: httpUrl() })),
  /** A member id (members.json). */
  organizer: z.optional(id()),
  /** Theme ids (collective.json `themes`). */
  themes: z.optional(idList()),
  url: z.optional(httpUrl()),
  image: z.optional(httpUrl()),
}).check(endNotBeforeStart());
export type Event = z.infer<typeof Event>;
