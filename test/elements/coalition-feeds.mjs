// Fixture feeds of <ck-coalition-map> (merged into feeds.mjs): coalitions around Lille, four
// close together around Amiens (a cluster), Brest, two overseas insets, and one without geo.
const list = (items) => ({ version: 1, generatedAt: '2030-01-01T00:00:00Z', items });

export const coalitions = [
  {
    id: 'cc21-lille',
    name: 'Coalition Climat 21 Lille',
    objective: 'Coordonner localement la mobilisation pour la justice climatique.',
    scope: 'geographique',
    status: 'active',
    themes: ['mobilite', 'energie'],
    members: ['cerdd', 'ville-lille', 'inconnu'],
    otherMembers: ['Alternatiba Lille', 'Les Amis de la Terre Nord'],
    locality: 'Lille',
    region: 'Hauts-de-France',
    geo: { lat: 50.6292, lon: 3.0573 },
    operatingMode: 'Une réunion mensuelle ouverte, animée à tour de rôle.',
    actions: [
      { title: 'Marche pour le climat', status: 'done', date: '2029-09-21' },
      { title: 'Forum des alternatives', status: 'planned', date: '2030-05-16' },
    ],
    contact: { url: 'https://cc21-lille.example.org', email: 'contact@cc21-lille.example.org' },
  },
  {
    id: 'amiens-centre',
    name: 'Coalition Cœur d’Amiens',
    objective: 'Des rues plus vertes et plus sûres à vélo au centre-ville.',
    scope: 'geographique',
    status: 'forming',
    themes: ['mobilite'],
    locality: 'Amiens',
    region: 'Hauts-de-France',
    geo: { lat: 49.894, lon: 2.2957 },
  },
  {
    id: 'amiens-longueau',
    name: 'Coalition des acteurs de Longueau',
    objective: 'Réduire les déplacements en voiture vers la zone d’activités.',
    scope: 'geographique',
    status: 'active',
    themes: ['mobilite'],
    locality: 'Longueau',
    region: 'Hauts-de-France',
    geo: { lat: 49.8717, lon: 2.3594 },
  },
  {
    id: 'amiens-camon',
    name: 'Coalition alimentation durable de Camon',
    objective: 'Des repas locaux dans les cantines.',
    scope: 'thematique',
    status: 'active',
    themes: ['alimentation'],
    locality: 'Camon',
    region: 'Hauts-de-France',
    geo: { lat: 49.8876, lon: 2.3431 },
  },
  {
    id: 'amiens-salouel',
    name: 'Coalition des jardins de Salouël',
    objective: 'Des jardins partagés dans chaque quartier.',
    scope: 'thematique',
    status: 'dormant',
    themes: ['biodiversite'],
    locality: 'Salouël',
    region: 'Hauts-de-France',
    geo: { lat: 49.8703, lon: 2.2436 },
  },
  {
    id: 'brest-mobilites',
    name: 'Coalition mobilités alternatives de Brest',
    objective: 'Rendre le vélo et le covoiturage plus simples que la voiture.',
    scope: 'thematique',
    status: 'active',
    themes: ['mobilite'],
    locality: 'Brest',
    region: 'Bretagne',
    geo: { lat: 48.3904, lon: -4.4861 },
  },
  {
    id: 'reunion-energie',
    name: 'Coalition énergie de La Réunion',
    objective: 'Plus de solaire sur les toits publics.',
    scope: 'sectorielle',
    status: 'active',
    themes: ['energie'],
    locality: 'Saint-Denis',
    region: 'La Réunion',
    geo: { lat: -20.8821, lon: 55.4507 },
  },
  {
    id: 'guadeloupe-mer',
    name: 'Coalition littoral de Guadeloupe',
    objective: 'Protéger les mangroves.',
    scope: 'geographique',
    status: 'active',
    themes: ['biodiversite'],
    locality: 'Pointe-à-Pitre',
    region: 'Guadeloupe',
    geo: { lat: 16.2411, lon: -61.5331 },
  },
  {
    id: 'reseau-sobriete',
    name: 'Réseau sobriété numérique',
    objective: 'Une coalition en ligne, sans lieu : des outils numériques plus sobres.',
    scope: 'sectorielle',
    status: 'active',
    themes: ['energie'],
    members: ['mres'],
  },
];

const HOSTILE = '<img src=x onerror="window.__ckPwned=1"><script>window.__ckPwned=1</script>';

/** `count` coalitions spread over metropolitan France (deterministic), every tenth without geo. */
export function manyCoalitions(count) {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    name: `Coalition n° ${i + 1}`,
    objective: 'Agir ensemble pour le climat.',
    scope: ['thematique', 'geographique', 'sectorielle'][i % 3],
    status: ['active', 'forming', 'dormant'][i % 3],
    themes: [['mobilite', 'energie', 'alimentation', 'biodiversite'][i % 4]],
    locality: `Commune ${i % 500}`,
    ...(i % 10 === 9 ? {} : { geo: { lat: 43 + rnd() * 7, lon: -1 + rnd() * 7 } }),
  }));
}

/** The feeds, on the collective and members of feeds.mjs (passed in: no import cycle). */
export const coalitionFeeds = ({ collective, members }) => ({
  coalitions: {
    'collective.json': collective,
    'coalitions.json': list(coalitions),
    'members.json': list(members),
    'events.json': list([]),
  },
  'coalitions-no-members': {
    'collective.json': collective,
    'coalitions.json': list(coalitions),
  },
  'coalitions-empty': {
    'collective.json': collective,
    'coalitions.json': list([]),
    'members.json': list([]),
  },
  'coalitions-broken': {
    'collective.json': collective,
    'coalitions.json': { status: 500, body: { message: 'boom' } },
  },
  'coalitions-hostile': {
    'collective.json': { ...collective, themes: [{ id: 'mobilite', label: HOSTILE }] },
    'coalitions.json': list([
      {
        id: 'h1',
        name: HOSTILE,
        objective: HOSTILE,
        scope: 'geographique',
        status: 'active',
        themes: ['mobilite'],
        otherMembers: [HOSTILE],
        operatingMode: HOSTILE,
        locality: HOSTILE,
        geo: { lat: 50.63, lon: 3.06 },
        actions: [{ title: HOSTILE, status: 'done' }],
        contact: { url: 'https://ok.example/h1' },
      },
      {
        id: 'h2',
        name: 'Lien piégé',
        objective: 'Refusée par la validation.',
        scope: 'geographique',
        status: 'active',
        contact: { url: 'javascript:alert(1)' },
      },
    ]),
    'members.json': list([]),
  },
  // Five coalitions on Brest's town centre, as the demo places them: a cluster no zoom splits.
  'coalitions-same-place': {
    'collective.json': collective,
    'coalitions.json': list(
      ['Climat 21', 'mobilités', 'énergie', 'alimentation', 'jardins'].map((what, i) => ({
        id: `brest-${i}`,
        name: `Coalition ${what} de Brest`,
        objective: 'Agir ensemble pour le climat.',
        scope: 'geographique',
        status: 'active',
        locality: 'Brest',
        region: 'Bretagne',
        geo: { lat: 48.3904, lon: -4.4861 },
      })),
    ),
    'members.json': list([]),
  },
  // A name with a long unbreakable word (a hashtag), for a card on a phone.
  'coalitions-long-word': {
    'collective.json': collective,
    'coalitions.json': list([
      {
        id: 'hashtag',
        name: 'Coalition #TransitionÉcologiqueEtSolidaireDesHautsDeFrance',
        objective: 'Agir ensemble pour le climat.',
        scope: 'thematique',
        status: 'active',
        locality: 'Lille',
        geo: { lat: 50.6292, lon: 3.0573 },
      },
    ]),
    'members.json': list([]),
  },
  'coalitions-big': {
    'collective.json': collective,
    'coalitions.json': list(manyCoalitions(2000)),
    'members.json': list([]),
  },
});
