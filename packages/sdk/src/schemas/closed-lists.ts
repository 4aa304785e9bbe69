/**
 * The feed's other closed lists (see `vocabulary.ts`), as `as const` arrays with their types.
 * A file of their own: no widget offers them today, so on the CDN they load with the zod
 * schemas that check them, not with every page (a widget that imports one gets it in the
 * chunks the module graph gives: no zod either).
 */

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_FORMATS = [
  'rencontre',
  'webinaire',
  'formation',
  'visite',
  'mobilisation',
  'exposition',
  'festival',
  'forum',
  'autre',
] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const MEMBER_KINDS = [
  'entreprise',
  'association',
  'institution',
  'etablissement-public',
  'collectivite',
  'reseau',
  'collectif-citoyen',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const PLEDGER_KINDS = ['citizen', 'organisation'] as const;
export type PledgerKind = (typeof PLEDGER_KINDS)[number];

/** How a campaign's pledges are confirmed before they count. */
export const CONFIRMATIONS = ['none', 'email'] as const;
export type Confirmation = (typeof CONFIRMATIONS)[number];
