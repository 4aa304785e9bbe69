// Fixture feeds of <ck-member-list> (browser tests, stories, bench), merged into feeds.mjs.
// Organisations only, modelled on a regional collective's « liste des acteurs engagés »: no person, no contact.
// `https://feed-origin.invalid` stands for the feed's own origin and `https://remote-origin.invalid`
// for another host: feed-fixture-plugin.mjs writes the real ones in (stories keep them, so
// no story ever requests an image).
// Plain functions of the base collective and events: feeds.mjs imports this file (no cycle).

export const FEED_ORIGIN = 'https://feed-origin.invalid';
export const REMOTE_ORIGIN = 'https://remote-origin.invalid';

/** The collective of the fixtures, with the themes of a directory. */
export const directoryCollective = (collective) => ({
  ...collective,
  themes: [
    ...collective.themes,
    { id: 'education', label: 'Éducation' },
    { id: 'sensibilisation', label: 'Sensibilisation' },
  ],
});

export const directory = [
  {
    id: 'cerdd',
    name: 'Cerdd',
    kind: 'etablissement-public',
    description: 'Centre ressource du développement durable : il anime la Dynamique Climat.',
    locality: 'Loos-en-Gohelle',
    region: 'Hauts-de-France',
    themes: ['sensibilisation', 'energie'],
    url: 'https://cerdd.example.org/',
    logo: `${FEED_ORIGIN}/__feeds/directory/v1/media/cerdd.svg`,
    joinedAt: '2014-04-01',
    coalitions: ['cop-regionale'],
  },
  {
    id: 'mres',
    name: 'Maison régionale de l’environnement et des solidarités',
    kind: 'reseau',
    description: 'Réseau d’une centaine d’associations de l’environnement et des solidarités.',
    locality: 'Lille',
    region: 'Hauts-de-France',
    themes: ['biodiversite', 'sensibilisation'],
    logo: `${FEED_ORIGIN}/__feeds/directory/v1/media/missing.png`,
    joinedAt: '2014-05-12',
    coalitions: ['cop-regionale', 'lille-metropole'],
  },
  {
    id: 'ville-lille',
    name: 'Ville de Lille',
    kind: 'collectivite',
    description: 'Organise l’Estaminet du Climat, des rencontres entre habitants et experts.',
    locality: 'Lille',
    region: 'Hauts-de-France',
    themes: ['alimentation', 'sensibilisation'],
    url: 'https://lille.example.org/',
    joinedAt: '2015-01-20',
    coalitions: ['lille-metropole'],
  },
  {
    id: 'ademe',
    name: 'L’ADEME Hauts-de-France',
    kind: 'etablissement-public',
    description: 'Anime le réseau régional climat : webinaires et formations des élus.',
    locality: 'Amiens',
    region: 'Somme',
    themes: ['energie', 'alimentation'],
    logo: `${REMOTE_ORIGIN}/__feeds/remote-logos/v1/ademe.svg`,
    joinedAt: '2014-06-02',
  },
  {
    id: 'rectorat',
    name: 'Rectorat de l’académie de Lille',
    kind: 'institution',
    description: 'Formations et vade-mecum pour les enseignants.',
    locality: 'Lille',
    region: 'Hauts-de-France',
    themes: ['education'],
    joinedAt: '2014-09-15',
  },
  {
    id: 'nausicaa',
    name: 'Nausicaà, Centre national de la mer',
    kind: 'institution',
    description: 'Centre de culture scientifique : expositions sur l’océan et le climat.',
    locality: 'Boulogne-sur-Mer',
    region: 'Hauts-de-France',
    themes: ['biodiversite', 'education'],
    joinedAt: '2015-03-03',
  },
  {
    id: 'ecole-transitions',
    name: 'École des transitions',
    kind: 'association',
    description: 'Ateliers pour comprendre le changement climatique et agir près de chez soi.',
    locality: 'Saint-Étienne-au-Mont',
    region: 'Hauts-de-France',
    themes: ['education', 'sensibilisation'],
    joinedAt: '2023-10-01',
    coalitions: ['cop-regionale'],
  },
  {
    id: 'oeuvres-laiques',
    name: 'Œuvres laïques d’éducation populaire',
    kind: 'association',
    description: 'Fédération d’éducation populaire : séjours et classes nature.',
    locality: 'Arras',
    region: 'Hauts-de-France',
    themes: ['education'],
    joinedAt: '2019-02-11',
  },
  {
    id: 'velo-club',
    name: 'Droit au vélo',
    kind: 'association',
    description: 'Pour se déplacer à vélo au quotidien dans la métropole.',
    locality: 'Villeneuve-d’Ascq',
    region: 'Hauts-de-France',
    themes: ['mobilite'],
    joinedAt: '2016-06-30',
    coalitions: ['lille-metropole'],
  },
  {
    id: 'scop-energie',
    name: 'Énergies citoyennes en Somme',
    kind: 'entreprise',
    description: 'Coopérative qui installe des toits solaires financés par les habitants.',
    locality: 'Abbeville',
    region: 'Somme',
    themes: ['energie'],
    joinedAt: '2025-05-05',
  },
  {
    id: 'collectif-fives',
    name: 'Collectif citoyen de Fives',
    kind: 'collectif-citoyen',
    description: 'Habitants qui végétalisent les rues et organisent des repair cafés.',
    locality: 'Lille',
    region: 'Hauts-de-France',
    themes: ['biodiversite'],
    joinedAt: '2024-11-18',
    coalitions: ['lille-metropole'],
  },
  {
    id: 'departement-somme',
    name: 'Département de la Somme',
    kind: 'collectivite',
    locality: 'Amiens',
    region: 'Somme',
    themes: ['mobilite', 'energie'],
    joinedAt: '2017-12-01',
  },
];

export const directoryCoalitions = [
  {
    id: 'cop-regionale',
    name: 'Coalition régionale pour la COP',
    objective: 'Porter une parole régionale commune au moment de la COP.',
    scope: 'geographique',
    status: 'active',
    members: ['cerdd', 'mres', 'ecole-transitions'],
  },
  {
    id: 'lille-metropole',
    name: 'Coalition de la métropole lilloise',
    objective: 'Coordonner les actions climat des acteurs de la métropole.',
    scope: 'geographique',
    status: 'active',
    members: ['mres', 'ville-lille', 'velo-club', 'collectif-fives'],
  },
];

const KINDS = [
  'association',
  'collectivite',
  'entreprise',
  'etablissement-public',
  'institution',
  'reseau',
  'collectif-citoyen',
];
const TOWNS = [
  ['Lille', 'Hauts-de-France'],
  ['Amiens', 'Somme'],
  ['Arras', 'Hauts-de-France'],
  ['Saint-Étienne-au-Mont', 'Hauts-de-France'],
  ['Beauvais', 'Oise'],
];
const THEMES = ['mobilite', 'energie', 'alimentation', 'biodiversite', 'education'];

/** `count` generated members (a national network's directory), joined one a day from 2000. */
export function manyMembers(count) {
  const start = Date.UTC(2000, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const [locality, region] = TOWNS[i % TOWNS.length];
    return {
      id: `m${i}`,
      name: `Structure engagée n° ${i + 1}`,
      kind: KINDS[i % KINDS.length],
      description: `Une structure du réseau, active sur le thème ${THEMES[i % THEMES.length]}.`,
      locality,
      region,
      themes: [THEMES[i % THEMES.length]],
      url: `https://structure-${i}.example.org/`,
      joinedAt: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    };
  });
}

const HOSTILE = '<img src=x onerror="window.__ckPwned=1"><script>window.__ckPwned=1</script>';
const SVG = (fill) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="${fill}"/></svg>`;
// An SVG that would run script if it were inlined; as an <img> it never does.
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__ckPwned=1" width="64" height="64"><animate onbegin="window.__ckPwned=1" attributeName="x" dur="1s"/><foreignObject><script>window.__ckPwned=1</script></foreignObject></svg>`;

const list = (items) => ({ version: 1, generatedAt: '2030-01-01T00:00:00Z', items });
const svg = (body) => ({ status: 200, type: 'image/svg+xml', body });

/** The member-list feeds, from the base collective and events of feeds.mjs. */
export const memberFeeds = ({ collective: base, events }) => {
  const collective = directoryCollective(base);
  return {
    directory: {
      'collective.json': collective,
      'members.json': list(directory),
      'coalitions.json': list(directoryCoalitions),
      'events.json': list(events),
      'media/cerdd.svg': svg(SVG('#0b6e4f')),
    },
    /** Members only: no coalitions, no events. */
    'directory-bare': {
      'collective.json': collective,
      'members.json': list(directory.slice(0, 3).map(({ coalitions: _coalitions, ...m }) => m)),
    },
    'directory-empty': {
      'collective.json': collective,
      'members.json': list([]),
      'coalitions.json': list([]),
    },
    'directory-broken': {
      'collective.json': collective,
      'members.json': { status: 500, body: { message: 'boom' } },
      'coalitions.json': list([]),
    },
    'directory-big': {
      'collective.json': collective,
      'members.json': list(manyMembers(2000)),
      'coalitions.json': list([]),
    },
    'remote-logos': { 'ademe.svg': svg(SVG('#1f4e7a')) },
    'directory-hostile': {
      'collective.json': {
        ...collective,
        themes: [{ id: 'mobilite', label: HOSTILE }],
      },
      'members.json': list([
        {
          id: `<b id="pwn">${HOSTILE}</b>`,
          name: HOSTILE,
          kind: 'association',
          description: `${HOSTILE}\n<a href="javascript:alert(1)">clic</a>`,
          locality: HOSTILE,
          region: HOSTILE,
          themes: ['mobilite'],
          url: 'https://ok.example/membre',
          logo: `${FEED_ORIGIN}/__feeds/directory-hostile/v1/media/hostile.svg`,
          coalitions: ['c1'],
        },
        // Left out by validation (reported in ck-load's issues): never rendered.
        { id: 'js-link', name: 'Lien piégé', kind: 'association', url: 'javascript:alert(1)' },
        { id: 'js-logo', name: 'Logo piégé', kind: 'association', logo: 'javascript:alert(1)' },
        {
          id: 'data-logo',
          name: 'Logo en data',
          kind: 'association',
          logo: 'data:image/svg+xml,<svg onload="window.__ckPwned=1"/>',
        },
      ]),
      'coalitions.json': list([
        { id: 'c1', name: HOSTILE, objective: HOSTILE, scope: 'thematique', status: 'active' },
      ]),
      'events.json': list([
        {
          id: 'h1',
          name: HOSTILE,
          startDate: '2030-06-01T10:00:00+02:00',
          organizer: `<b id="pwn">${HOSTILE}</b>`,
        },
      ]),
      'media/hostile.svg': svg(HOSTILE_SVG),
    },
  };
};
