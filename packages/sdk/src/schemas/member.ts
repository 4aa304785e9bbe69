/** `{feed}/members.json`: the engaged organisations of the collective. */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import { Geo, MAX, checkedObject, httpUrl, id, idList, isoDate, text } from './primitives.js';
import { MEMBER_KINDS } from './closed-lists.js';

export { MEMBER_KINDS, type MemberKind } from './closed-lists.js';

/** An organisation engaged in the collective. */
export const Member = checkedObject({
  id: id(),
  name: text(MAX.name),
  kind: z.enum(MEMBER_KINDS),
  description: z.optional(text(MAX.text)),
  url: z.optional(httpUrl()),
  logo: z.optional(httpUrl()),
  locality: z.optional(text(MAX.name)),
  region: z.optional(text(MAX.name)),
  geo: z.optional(Geo),
  themes: z.optional(idList()),
  joinedAt: z.optional(isoDate()),
  /** Coalition ids (coalitions.json). */
  coalitions: z.optional(idList()),
});
export type Member = z.infer<typeof Member>;
