/** `{feed}/coalitions.json`: local coalitions and "coalitions d'acteurs". */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import {
  Geo,
  MAX,
  checkedObject,
  email,
  httpUrl,
  id,
  idList,
  isoDate,
  text,
  textList,
} from './primitives.js';
import { ACTION_STATUSES, COALITION_SCOPES, COALITION_STATUSES } from './vocabulary.js';

export * from './vocabulary.js';

/** An action a coalition planned or did. */
export const CoalitionAction = checkedObject({
  title: text(MAX.shortText),
  status: z.enum(ACTION_STATUSES),
  date: z.optional(isoDate()),
});
export type CoalitionAction = z.infer<typeof CoalitionAction>;

/** Public contact channels of a coalition (never a person's private contact). */
export const CoalitionContact = checkedObject({
  url: z.optional(httpUrl()),
  email: z.optional(email()),
});

/** A local coalition or "coalition d'acteurs". */
export const Coalition = checkedObject({
  id: id(),
  name: text(MAX.name),
  objective: text(MAX.text),
  scope: z.enum(COALITION_SCOPES),
  status: z.enum(COALITION_STATUSES),
  themes: z.optional(idList()),
  /** Member ids (members.json). */
  members: z.optional(idList(MAX.bigList)),
  /** Names of members that are not in members.json. */
  otherMembers: z.optional(textList(MAX.name, MAX.bigList)),
  locality: z.optional(text(MAX.name)),
  region: z.optional(text(MAX.name)),
  geo: z.optional(Geo),
  operatingMode: z.optional(text(MAX.text)),
  actions: z.optional(z.array(CoalitionAction).check(z.maxLength(MAX.list))),
  contact: z.optional(CoalitionContact),
  createdAt: z.optional(isoDate()),
});
export type Coalition = z.infer<typeof Coalition>;
