/**
 * French, the default language and the fallback: inline in the shared chunk. The English
 * catalogue must have every key (its type is `Catalogue`, derived from this object) and loads
 * on first use. Widgets keep their own strings beside their code (`messages.ts`,
 * `messages.en.ts`, `defineMessages()` from `shared/i18n.ts`).
 */
export const fr = {
  common: {
    loaded: 'Contenu chargé.',
    retry: 'Réessayer',
    errorTitle: 'Le contenu n’a pas pu être chargé.',
    /** True whatever failed (the visitor's connection or the feed): nothing to check first. */
    errorHint: 'Réessayez dans un moment.',
    noFeed: 'Ce module n’est relié à aucun flux (attribut feed manquant).',
    /** "(heure de Paris)": said when the visitor's time zone differs from the collective's. */
    zoneNote: (city: string) => `heure de ${city}`,
    /** An event without times (`formatWhen`). */
    allDay: 'toute la journée',
  },
};

/** The shape every language follows. */
export type Catalogue = typeof fr;
