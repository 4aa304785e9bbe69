/**
 * The card's and the list's strings in French: they load with the card and the list. In
 * English they are in `messages.en.ts` with the rest of the map's, which loads when a map
 * speaks English: `withPieceStrings` gives the piece the map's strings with its own.
 */
import type { ActionStatus } from '@coalition-kit/sdk';
import type { MapMessages } from './messages.js';

const fr = {
  listLabel: 'Liste des coalitions',
  listNote:
    'Cette liste présente les mêmes coalitions que la carte, et celles qui n’y sont pas situées.',
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
  actionStatuses: { planned: 'prévue', done: 'réalisée' } satisfies Record<ActionStatus, string>,
};

export type PieceMessages = typeof fr;

/** Every string of the map, English included: `messages.en.ts` is typed after it. */
export type MapAndPieceMessages = MapMessages & PieceMessages;

const merged = new WeakMap<MapMessages, MapAndPieceMessages>();

/**
 * The map's strings (`m`, of its language) with the card's and the list's: the English
 * catalogue has them already, the French one takes them from here. Once per catalogue.
 */
export function withPieceStrings(m: MapMessages): MapAndPieceMessages {
  let all = merged.get(m);
  if (!all) merged.set(m, (all = { ...fr, ...m }));
  return all;
}
