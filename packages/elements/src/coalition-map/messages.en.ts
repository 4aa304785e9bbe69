/** Strings of `<ck-coalition-map>` in English: loaded only when a map speaks English. */
import { plural } from '../shared/plural.js';
import type { MapAndPieceMessages } from './piece-messages.js';

/** The card's and the list's strings too (in French they load with them: `piece-messages.ts`). */
export const en: MapAndPieceMessages = {
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
};
