/** The list documents: `{version, generatedAt, items}`. */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import { Coalition } from './coalition.js';
import { Event } from './event.js';
import { Member } from './member.js';
import { checkedObject, isoDate, version } from './primitives.js';

/** The envelope checked before items are validated one by one. */
export const ListEnvelope = checkedObject({
  version: version(),
  generatedAt: z.optional(isoDate()),
  items: z.array(z.unknown()),
});

const listOf = <T extends z.ZodMiniType>(item: T) =>
  checkedObject({ version: version(), generatedAt: isoDate(), items: z.array(item) });

/** The whole documents, validated strictly (the JSON Schemas); the client reads them leniently. */
export const EventsDocument = listOf(Event);
export type EventsDocument = z.infer<typeof EventsDocument>;
export const MembersDocument = listOf(Member);
export type MembersDocument = z.infer<typeof MembersDocument>;
export const CoalitionsDocument = listOf(Coalition);
export type CoalitionsDocument = z.infer<typeof CoalitionsDocument>;
