/**
 * English, the second language: typed by the French catalogue, so no key can be missing.
 * A chunk of its own, loaded only when a widget speaks English (`shared/i18n.ts`).
 */
import type { Catalogue } from './fr.js';

export const en: Catalogue = {
  common: {
    loaded: 'Content loaded.',
    retry: 'Try again',
    errorTitle: 'The content could not be loaded.',
    errorHint: 'Try again in a moment.',
    noFeed: 'This widget is not linked to a feed (missing feed attribute).',
    zoneNote: (city: string) => `${city} time`,
    allDay: 'all day',
  },
};
