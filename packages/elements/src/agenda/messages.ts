/** The agenda's own strings: French here, English in `messages.en.ts` (the shared ones are in `locales/`). */
import { defineMessages } from '../shared/i18n.js';
import { formatNumber } from '../shared/format.js';
import { plural } from '../shared/plural.js';

/** Counts can reach thousands: "10 000" / "10,000". */
const num = (n: number) => formatNumber(n, 'fr');

const fr = {
  label: 'Agenda',
  error: 'L’agenda n’a pas pu être chargé.',
  empty: 'Aucun événement à venir pour le moment.',
  emptyPast: 'Aucun événement passé.',
  emptyMonth: 'Aucun événement ce mois-ci.',
  noMatch: 'Aucun événement ne correspond à ces critères.',
  found: (n: number) =>
    n === 0
      ? 'Aucun événement trouvé.'
      : `${num(n)} ${plural('fr', n, { one: 'événement trouvé', other: 'événements trouvés' })}.`,
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
    `Afficher ${n} ${plural('fr', n, { one: 'événement', other: 'événements' })} de plus (${num(left)} ${plural('fr', left, { one: 'restant', other: 'restants' })})`,
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
  onlineEvent: 'En ligne',
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
};

export type AgendaMessages = typeof fr;

/** English loads when an agenda speaks it (`messages.en.ts`, a chunk of its own). */
export const agendaMessages = defineMessages({ fr, en: () => import('./messages.en.js') });
