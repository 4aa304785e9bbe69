/**
 * The feed's closed lists a widget offers (the map's filters, the declaration form's choices),
 * as `as const` arrays with their types. Kept apart from the zod schemas that use them, so a
 * widget that offers them loads no zod with the page. The other lists: `closed-lists.ts`.
 */

export const COALITION_SCOPES = ['thematique', 'geographique', 'sectorielle'] as const;
export type CoalitionScope = (typeof COALITION_SCOPES)[number];

export const COALITION_STATUSES = ['forming', 'active', 'dormant'] as const;
export type CoalitionStatus = (typeof COALITION_STATUSES)[number];

export const ACTION_STATUSES = ['planned', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
