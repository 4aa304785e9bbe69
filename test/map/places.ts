/** Towns with the INSEE code of their region: where a marker must land inside its region's path. */
export interface Place {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly region: string;
  /**
   * On the waterfront: Natural Earth's 1:10m coast (and its simplification here) may leave the
   * town a little offshore (Ajaccio, Basse-Terre and Mamoudzou are outside even the source).
   */
  readonly coastal?: true;
}

export const PLACES: readonly Place[] = [
  { name: 'Paris', lat: 48.8566, lon: 2.3522, region: '11' },
  { name: 'Orléans', lat: 47.903, lon: 1.9093, region: '24' },
  { name: 'Dijon', lat: 47.322, lon: 5.0415, region: '27' },
  { name: 'Rouen', lat: 49.4432, lon: 1.0999, region: '28' },
  { name: 'Caen', lat: 49.1829, lon: -0.3707, region: '28' },
  { name: 'Lille', lat: 50.6292, lon: 3.0573, region: '32' },
  { name: 'Amiens', lat: 49.8941, lon: 2.2958, region: '32' },
  { name: 'Strasbourg', lat: 48.5734, lon: 7.7521, region: '44' },
  { name: 'Nantes', lat: 47.2184, lon: -1.5536, region: '52' },
  { name: 'Rennes', lat: 48.1173, lon: -1.6778, region: '53' },
  { name: 'Brest', lat: 48.3904, lon: -4.4861, region: '53', coastal: true },
  { name: 'Bordeaux', lat: 44.8378, lon: -0.5792, region: '75' },
  { name: 'Toulouse', lat: 43.6047, lon: 1.4442, region: '76' },
  { name: 'Montpellier', lat: 43.6108, lon: 3.8767, region: '76' },
  { name: 'Lyon', lat: 45.764, lon: 4.8357, region: '84' },
  { name: 'Marseille', lat: 43.2965, lon: 5.3698, region: '93', coastal: true },
  { name: 'Ajaccio', lat: 41.9192, lon: 8.7386, region: '94', coastal: true },
  { name: 'Bastia', lat: 42.6973, lon: 9.4509, region: '94', coastal: true },
  { name: 'Pointe-à-Pitre', lat: 16.2411, lon: -61.5331, region: '01', coastal: true },
  { name: 'Basse-Terre', lat: 15.9985, lon: -61.7261, region: '01', coastal: true },
  { name: 'Fort-de-France', lat: 14.6161, lon: -61.0588, region: '02', coastal: true },
  { name: 'Cayenne', lat: 4.9224, lon: -52.3135, region: '03', coastal: true },
  { name: 'Saint-Denis', lat: -20.8823, lon: 55.4504, region: '04', coastal: true },
  { name: 'Mamoudzou', lat: -12.7806, lon: 45.2278, region: '06', coastal: true },
];

/** Places no frame draws: the French territories without an inset, and elsewhere. */
export const UNDRAWN: readonly Place[] = [
  { name: 'Saint-Pierre', lat: 46.7811, lon: -56.1764, region: '' },
  { name: 'Nouméa', lat: -22.2758, lon: 166.458, region: '' },
  { name: 'Papeete', lat: -17.5516, lon: -149.5585, region: '' },
  { name: 'Marigot (Saint-Martin)', lat: 18.0679, lon: -63.0822, region: '' },
  { name: 'New York', lat: 40.7128, lon: -74.006, region: '' },
  { name: 'Null Island', lat: 0, lon: 0, region: '' },
];
