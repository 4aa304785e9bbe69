/** Towns and public venues of the demo content, with approximate real coordinates. */
import type { Geo, Location } from '@coalition-kit/sdk';

export const HDF = 'Hauts-de-France';
export const BZH = 'Bretagne';
export const IDF = 'Île-de-France';

export interface Town {
  locality: string;
  postalCode: string;
  region: string;
  geo: Geo;
}

const town = (
  locality: string,
  postalCode: string,
  region: string,
  lat: number,
  lon: number,
): Town => ({
  locality,
  postalCode,
  region,
  geo: { lat, lon },
});

export const TOWNS = {
  lille: town('Lille', '59000', HDF, 50.6292, 3.0573),
  loos: town('Loos-en-Gohelle', '62750', HDF, 50.4572, 2.7928),
  dunkerque: town('Dunkerque', '59140', HDF, 51.0344, 2.3768),
  amiens: town('Amiens', '80000', HDF, 49.8941, 2.2958),
  arras: town('Arras', '62000', HDF, 50.291, 2.7775),
  valenciennes: town('Valenciennes', '59300', HDF, 50.357, 3.5235),
  boulogne: town('Boulogne-sur-Mer', '62200', HDF, 50.7264, 1.6147),
  brest: town('Brest', '29200', BZH, 48.3904, -4.4861),
  plouzane: town('Plouzané', '29280', BZH, 48.3589, -4.5703),
  paris: town('Paris', '75014', IDF, 48.8566, 2.3522),
} as const;

export type TownId = keyof typeof TOWNS;

/** A public venue in a town: an event location. */
const venue = (
  name: string,
  address: string | undefined,
  at: TownId,
  lat: number,
  lon: number,
): Location => {
  const { locality, postalCode, region } = TOWNS[at];
  return { name, ...(address && { address }), locality, postalCode, region, geo: { lat, lon } };
};

export const VENUES = {
  hotelDeVilleLille: venue(
    'Hôtel de Ville de Lille',
    'Place Augustin Laurent',
    'lille',
    50.6313,
    3.0717,
  ),
  gareSaintSauveur: venue(
    'Gare Saint Sauveur',
    '17 boulevard Jean-Baptiste Lebas',
    'lille',
    50.6297,
    3.0714,
  ),
  mres: venue(
    'Maison régionale de l’environnement et des solidarités',
    '23 rue Gosselet',
    'lille',
    50.6245,
    3.0689,
  ),
  base11_19: venue('Base 11/19', 'Rue Léon Blum', 'loos', 50.4433, 2.7847),
  halleAuxSucres: venue(
    'Halle aux sucres',
    'Môle 1, quai Freycinet 3',
    'dunkerque',
    51.0292,
    2.3656,
  ),
  hotelDeVilleAmiens: venue(
    'Hôtel de Ville d’Amiens',
    'Place de l’Hôtel de Ville',
    'amiens',
    49.8947,
    2.2947,
  ),
  citadelleAmiens: venue(
    'Citadelle d’Amiens',
    'Rue des Français Libres',
    'amiens',
    49.9026,
    2.2926,
  ),
  hotelDeVilleArras: venue('Hôtel de Ville d’Arras', 'Place des Héros', 'arras', 50.2914, 2.7779),
  placeArmesValenciennes: venue('Place d’Armes', undefined, 'valenciennes', 50.3576, 3.5233),
  nausicaa: venue(
    'Nausicaà, Centre national de la mer',
    'Boulevard Sainte-Beuve',
    'boulogne',
    50.7296,
    1.5955,
  ),
  capucins: venue('Ateliers des Capucins', '25 rue de Pontaniou', 'brest', 48.3846, -4.501),
  carene: venue('La Carène', '30 rue Jean-Marie Le Bris', 'brest', 48.3838, -4.4749),
  campusUbo: venue('Campus Victor Segalen', 'Avenue Le Gorgeu', 'brest', 48.3973, -4.5038),
  technopole: venue('Technopôle Brest-Iroise', undefined, 'plouzane', 48.3592, -4.5661),
  citeU: venue(
    'Cité internationale universitaire de Paris',
    '17 boulevard Jourdan',
    'paris',
    48.819,
    2.338,
  ),
} as const;
