/** `{feed}/collective.json`: who the collective is, its brand, themes and campaigns. */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import { ruleCheck } from './checked.js';
import {
  MAX,
  checkedObject,
  colour,
  httpUrl,
  id,
  idList,
  integer,
  isoDate,
  text,
  timeZone,
  version,
} from './primitives.js';
import { CONFIRMATIONS, PLEDGER_KINDS } from './closed-lists.js';

export {
  CONFIRMATIONS,
  PLEDGER_KINDS,
  type Confirmation,
  type PledgerKind,
} from './closed-lists.js';

export const Theme = checkedObject({ id: id(), label: text(MAX.label) });
export type Theme = z.infer<typeof Theme>;

export const Commitment = checkedObject({
  id: id(),
  label: text(MAX.shortText),
  themes: z.optional(idList()),
});
export type Commitment = z.infer<typeof Commitment>;

/** A call for commitments. `opensAt`/`closesAt` bound when pledges are accepted. */
export const Campaign = checkedObject({
  id: id(),
  title: text(MAX.name),
  description: text(MAX.text),
  goal: z.optional(integer(1)),
  opensAt: z.optional(isoDate()),
  closesAt: z.optional(isoDate()),
  commitments: z.array(Commitment).check(z.minLength(1), z.maxLength(MAX.list)),
  pledgerKinds: z
    .array(z.enum(PLEDGER_KINDS))
    .check(z.minLength(1), z.maxLength(PLEDGER_KINDS.length)),
  privacyUrl: httpUrl(),
  /** How long pledges are kept, in months, before `ck-server purge` erases them. */
  retentionMonths: integer(1, 120),
  /** `email`: a pledge counts once its owner follows the link sent by e-mail (double opt-in). */
  confirmation: z._default(z.enum(CONFIRMATIONS), 'none'),
}).check(ruleCheck(['closesNotBeforeOpens']));
export type Campaign = z.infer<typeof Campaign>;

export const Brand = z.object({
  primary: z.optional(colour()),
  accent: z.optional(colour()),
});
export type Brand = z.infer<typeof Brand>;

/** The collective document, as validated strictly (the JSON Schema). */
export const Collective = checkedObject({
  version: version(),
  id: id(),
  name: text(MAX.name),
  description: z.optional(text(MAX.text)),
  url: z.optional(httpUrl()),
  logo: z.optional(httpUrl()),
  timeZone: z._default(timeZone(), 'Europe/Paris'),
  brand: z.optional(Brand),
  themes: z._default(z.array(Theme).check(z.maxLength(MAX.list)), []),
  campaigns: z._default(z.array(Campaign).check(z.maxLength(MAX.list)), []),
});
export type Collective = z.infer<typeof Collective>;
