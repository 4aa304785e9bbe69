/**
 * The coalitions' closed lists of values, without zod: a widget that offers them (the
 * declaration form's scopes) takes them from here and so loads no zod up front.
 */
export const COALITION_SCOPES = ['thematique', 'geographique', 'sectorielle'] as const;
export type CoalitionScope = (typeof COALITION_SCOPES)[number];

export const COALITION_STATUSES = ['forming', 'active', 'dormant'] as const;
export type CoalitionStatus = (typeof COALITION_STATUSES)[number];

export const ACTION_STATUSES = ['planned', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
