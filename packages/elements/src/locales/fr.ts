/**
 * French, the default language and the fallback: inline in the shared chunk. The English
 * catalogue must have every key (its type is `Catalogue`, derived from this object) and loads
 * on first use. Widgets keep their own strings beside their code (`messages.ts`,
 * `messages.en.ts`, `defineMessages()` from `shared/i18n.ts`).
 */
import { plural } from '../shared/plural.js';

export const fr = {
  common: {
    loading: 'Chargement…',
    loaded: 'Contenu chargé.',
    retry: 'Réessayer',
    errorTitle: 'Le contenu n’a pas pu être chargé.',
    errorHint: 'Vérifiez votre connexion puis réessayez.',
    noFeed: 'Ce module n’est relié à aucun flux (attribut feed manquant).',
    /** "(heure de Paris)": said when the visitor's time zone differs from the collective's. */
    zoneNote: (city: string) => `heure de ${city}`,
    itemsLeftOut: (n: number) =>
      `${n} ${plural('fr', n, { one: 'élément invalide a été ignoré', other: 'éléments invalides ont été ignorés' })}.`,
  },
  agenda: {
    label: 'Agenda',
    loading: 'Chargement de l’agenda…',
    error: 'L’agenda n’a pas pu être chargé.',
    empty: 'Aucun événement à venir pour le moment.',
    emptyPast: 'Aucun événement passé.',
    emptyMonth: 'Aucun événement ce mois-ci.',
    noMatch: 'Aucun événement ne correspond à ces critères.',
    found: (n: number) =>
      n === 0
        ? 'Aucun événement trouvé.'
        : `${n} ${plural('fr', n, { one: 'événement trouvé', other: 'événements trouvés' })}.`,
    views: 'Affichage',
    viewUpcoming: 'À venir',
    viewMonth: 'Mois',
    viewPast: 'Passés',
    filters: 'Filtrer les événements',
    search: 'Rechercher',
    theme: 'Thème',
    format: 'Format',
    region: 'Territoire',
    organizerFilter: 'Organisateur',
    dateFrom: 'À partir du',
    dateTo: 'Jusqu’au',
    eventCount: (n: number) => `${n} ${plural('fr', n, { one: 'événement', other: 'événements' })}`,
    attendance: 'Participation',
    all: 'Tous',
    online: 'En ligne',
    inPerson: 'Sur place',
    resetFilters: 'Effacer les filtres',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    showMore: (n: number, left: number) =>
      `Afficher ${n} ${plural('fr', n, { one: 'événement', other: 'événements' })} de plus (${left} ${plural('fr', left, { one: 'restant', other: 'restants' })})`,
    details: 'Détails',
    /** Hidden complement of a button or link: "Détails" is read "Détails : Marche pour le climat". */
    of: (name: string) => ` : ${name}`,
    address: 'Adresse :',
    organizer: 'Organisé par',
    register: 'Inscription et informations',
    joinOnline: 'Rejoindre en ligne',
    addToCalendar: 'Ajouter à mon agenda',
    inPersonAndOnline: 'Sur place et en ligne',
    description: 'Description',
    subscribe: 'S’abonner à cet agenda (iCalendar)',
    allDay: 'toute la journée',
    onlineEvent: 'En ligne',
    today: 'Aujourd’hui',
    statusSeparator: ' : ',
    status: {
      scheduled: 'Prévu',
      cancelled: 'Annulé',
      postponed: 'Reporté',
      rescheduled: 'Nouvelle date',
    },
    formats: {
      rencontre: 'Rencontre',
      webinaire: 'Webinaire',
      formation: 'Formation',
      visite: 'Visite',
      mobilisation: 'Mobilisation',
      exposition: 'Exposition',
      festival: 'Festival',
      forum: 'Forum',
      autre: 'Autre',
    },
  },
  feed: {
    label: 'Flux Coalition Kit',
  },
};

/** The shape every language follows. */
export type Catalogue = typeof fr;
