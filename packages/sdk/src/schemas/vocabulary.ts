/**
 * The feed's closed lists of values, as `as const` arrays with their types. Kept apart from the
 * zod schemas that use them, so a widget that offers them (a filter, a form's choices) loads
 * no zod with the page.
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

export const COALITION_SCOPES = ['thematique', 'geographique', 'sectorielle'] as const;
export type CoalitionScope = (typeof COALITION_SCOPES)[number];

export const COALITION_STATUSES = ['forming', 'active', 'dormant'] as const;
export type CoalitionStatus = (typeof COALITION_STATUSES)[number];

export const ACTION_STATUSES = ['planned', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PLEDGER_KINDS = ['citizen', 'organisation'] as const;
export type PledgerKind = (typeof PLEDGER_KINDS)[number];

/** How a campaign's pledges are confirmed before they count. */
export const CONFIRMATIONS = ['none', 'email'] as const;
export type Confirmation = (typeof CONFIRMATIONS)[number];
