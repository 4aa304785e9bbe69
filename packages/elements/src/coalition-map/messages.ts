/**
 * Strings of `<ck-coalition-map>`: French here (the card's and the list's in
 * `piece-messages.ts`, which loads with them), English in `messages.en.ts`.
 */
import type { CoalitionScope, CoalitionStatus } from '@coalition-kit/sdk';
import { defineMessages } from '../shared/i18n.js';
import { plural } from '../shared/plural.js';

const fr = {
  error: 'Les coalitions n’ont pas pu être chargées.',
  label: 'Carte des coalitions',
  mapHint:
    'Tab : d’une coalition à l’autre ; + et − : zoom ; flèches : déplacer ; 0 : vue d’ensemble.',
  insets: (names: string) => `À gauche : ${names}.`,
  views: 'Affichage',
  showMap: 'Carte',
  showList: 'Liste',
  mapNote: (n: number) =>
    n
      ? `${n} ${plural('fr', n, { one: 'coalition n’est pas située', other: 'coalitions ne sont pas situées' })} sur la carte : voir la liste.`
      : '',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  panWest: 'Déplacer vers l’ouest',
  panEast: 'Déplacer vers l’est',
  panNorth: 'Déplacer vers le nord',
  panSouth: 'Déplacer vers le sud',
  reset: 'Revenir à la vue d’ensemble',
  controls: 'Zoom et déplacement',
  found: (n: number) =>
    n ? `${n} ${plural('fr', n, { one: 'coalition', other: 'coalitions' })}` : 'Aucune coalition',
  listShown: (n: number) =>
    `Liste : ${n} ${plural('fr', n, { one: 'coalition', other: 'coalitions' })}, les mêmes que sur la carte.`,
  mapShown: 'Carte affichée.',
  // "autour d’Amiens", "autour de Lille": elision before a vowel or a mute h; "du Havre",
  // "des Sables-d’Olonne": the article contracts.
  cluster: (n: number, place: string) =>
    `${n} coalitions autour ${`de ${place}`
      .replace(/^de (?=[aeiouyhéèêîôœ])/i, 'd’')
      .replace(/^de Le /, 'du ')
      .replace(/^de Les /, 'des ')}`,
  empty: 'Aucune coalition n’est encore publiée.',
  noMatch: 'Aucune coalition ne correspond à ces critères.',
  filters: 'Filtrer les coalitions',
  search: 'Rechercher',
  theme: 'Thème',
  scope: 'Type',
  status: 'État',
  region: 'Région',
  all: 'Tous',
  resetFilters: 'Effacer les filtres',
  scopes: {
    thematique: 'Coalition thématique',
    geographique: 'Coalition géographique',
    sectorielle: 'Coalition sectorielle',
  } satisfies Record<CoalitionScope, string>,
  statuses: {
    forming: 'En formation',
    active: 'Active',
    dormant: 'En sommeil',
  } satisfies Record<CoalitionStatus, string>,
};

export type MapMessages = typeof fr;

/** English loads when a map speaks it (`messages.en.ts`, a chunk of its own). */
export const mapMessages = defineMessages<MapMessages>({
  fr,
  en: () => import('./messages.en.js'),
});
