/** The strings of `<ck-member-list>`: French here, English in `messages.en.ts` (the shared ones are in `locales/`). */
import type { MemberKind } from '@coalition-kit/sdk';
import { defineMessages } from '../shared/i18n.js';
import { formatNumber } from '../shared/format.js';
import { plural } from '../shared/plural.js';

/** Counts can reach thousands: "10 000" / "10,000". */
const num = (n: number) => formatNumber(n, 'fr');

const fr = {
  label: 'Les acteurs engagés',
  error: 'La liste des acteurs engagés n’a pas pu être chargée.',
  empty: 'Aucun acteur engagé pour le moment.',
  noMatch: 'Aucun acteur ne correspond à ces critères.',
  found: (n: number) =>
    n === 0
      ? 'Aucun acteur trouvé.'
      : `${num(n)} ${plural('fr', n, { one: 'acteur trouvé', other: 'acteurs trouvés' })}.`,
  filters: 'Filtrer les acteurs',
  search: 'Rechercher un acteur',
  kind: 'Type de structure',
  theme: 'Thème',
  region: 'Territoire',
  coalition: 'Coalition',
  all: 'Tous',
  /** "Association (12)": a choice with how many members it would show. */
  withCount: (label: string, n: number) => `${label} (${num(n)})`,
  resetFilters: 'Effacer les filtres',
  sort: 'Trier',
  sortName: 'Par nom',
  sortNewest: 'Les plus récents d’abord',
  showMore: (n: number, left: number) =>
    `Afficher ${n} ${plural('fr', n, { one: 'acteur', other: 'acteurs' })} de plus (${num(left)} ${plural('fr', left, { one: 'restant', other: 'restants' })})`,
  details: 'Détails',
  /** Hidden complement of a button or link: "Détails : Cerdd". */
  of: (name: string) => ` : ${name}`,
  website: 'Site web',
  logo: (name: string) => `Logo : ${name}`,
  joined: (month: string) => `Membre depuis ${month}`,
  coalitions: 'Coalitions',
  events: 'Prochains événements',
  noEvents: 'Aucun événement à venir.',
  eventsLoading: 'Chargement des événements…',
  eventsError: 'Les événements n’ont pas pu être chargés.',
  kinds: {
    association: 'Association',
    collectivite: 'Collectivité',
    entreprise: 'Entreprise',
    'etablissement-public': 'Établissement public',
    institution: 'Institution',
    reseau: 'Réseau',
    'collectif-citoyen': 'Collectif citoyen',
  } satisfies Record<MemberKind, string>,
};

export type MemberMessages = typeof fr;

/** English loads when a widget speaks it (`messages.en.ts`, a chunk of its own). */
export const memberMessages = defineMessages({ fr, en: () => import('./messages.en.js') });
