/** Strings of `<ck-coalition-map>`, French first. */
import type { CoalitionScope, CoalitionStatus, ActionStatus } from '@coalition-kit/sdk';
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
  listLabel: 'Liste des coalitions',
  listNote:
    'Cette liste présente les mêmes coalitions que la carte, et celles qui n’y sont pas situées.',
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
  // "autour d’Amiens", "autour de Lille": elision before a vowel or a mute h.
  cluster: (n: number, place: string) =>
    `${n} coalitions autour ${/^[aeiouyhàâäéèêëîïôöûüœ]/i.test(place) ? 'd’' : 'de '}${place}`,
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
  close: 'Fermer',
  objective: 'Objectif',
  members: 'Membres',
  operatingMode: 'Fonctionnement',
  actions: 'Actions',
  contact: 'Contact',
  website: 'Site web',
  themes: 'Thèmes',
  place: 'Lieu',
  notOnMap: 'Pas située sur la carte',
  showMore: (n: number) => `Afficher ${n} de plus`,
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
  actionStatuses: { planned: 'prévue', done: 'réalisée' } satisfies Record<ActionStatus, string>,
};

export type MapMessages = typeof fr;

export const mapMessages = defineMessages<MapMessages>({
  fr,
  en: {
    error: 'The coalitions could not be loaded.',
    label: 'Map of the coalitions',
    mapHint: 'Tab: from one coalition to the next; + and −: zoom; arrows: move; 0: overview.',
    insets: (names: string) => `On the left: ${names}.`,
    views: 'Display',
    showMap: 'Map',
    showList: 'List',
    listLabel: 'List of the coalitions',
    listNote: 'This list shows the same coalitions as the map, and those not placed on it.',
    mapNote: (n: number) =>
      n
        ? `${n} ${plural('en', n, { one: 'coalition is', other: 'coalitions are' })} not placed on the map: see the list.`
        : '',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    panWest: 'Move west',
    panEast: 'Move east',
    panNorth: 'Move north',
    panSouth: 'Move south',
    reset: 'Back to the overview',
    controls: 'Zoom and move',
    found: (n: number) =>
      n ? `${n} ${plural('en', n, { one: 'coalition', other: 'coalitions' })}` : 'No coalition',
    listShown: (n: number) =>
      `List: ${n} ${plural('en', n, { one: 'coalition', other: 'coalitions' })}, the same as on the map.`,
    mapShown: 'Map shown.',
    cluster: (n: number, place: string) => `${n} coalitions around ${place}`,
    empty: 'No coalition has been published yet.',
    noMatch: 'No coalition matches these criteria.',
    filters: 'Filter the coalitions',
    search: 'Search',
    theme: 'Theme',
    scope: 'Kind',
    status: 'Status',
    region: 'Region',
    all: 'All',
    resetFilters: 'Clear the filters',
    close: 'Close',
    objective: 'Objective',
    members: 'Members',
    operatingMode: 'How it works',
    actions: 'Actions',
    contact: 'Contact',
    website: 'Website',
    themes: 'Themes',
    place: 'Place',
    notOnMap: 'Not placed on the map',
    showMore: (n: number) => `Show ${n} more`,
    scopes: {
      thematique: 'Thematic coalition',
      geographique: 'Local coalition',
      sectorielle: 'Sector coalition',
    },
    statuses: { forming: 'Forming', active: 'Active', dormant: 'Dormant' },
    actionStatuses: { planned: 'planned', done: 'done' },
  },
});
