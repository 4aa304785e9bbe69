/**
 * Coalitions of the demo feed: the metropolitan "coalitions d'acteurs" (by theme, zone or
 * sector) and local "Coalition Climat 21" groups. Public contact is a web page only.
 */
import type { Coalition } from '@coalition-kit/sdk';
import type { Clock } from './clock.js';
import type { MemberId } from './members.js';
import { TOWNS, type TownId } from './places.js';
import type { ThemeId } from './collective.js';

type Seed = Omit<
  Coalition,
  'members' | 'themes' | 'locality' | 'region' | 'geo' | 'actions' | 'createdAt'
> & {
  members?: MemberId[];
  themes: ThemeId[];
  town: TownId;
  /** Days since the coalition was created. */
  createdDaysAgo: number;
  /** `[title, days from today]`: done when in the past, planned otherwise. */
  actions?: [string, number][];
};

const BREST_MODE =
  'Animation à tour de rôle, accompagnée par la Transition Team de Brest métropole ; une réunion toutes les six semaines et un espace de travail partagé.';

const CC21_OBJECTIVE =
  'Coordonner localement la mobilisation pour la justice climatique, lier les luttes et faire connaître les alternatives existantes, sans créer de nouvelle association.';

const SEEDS: Seed[] = [
  {
    id: 'technopole-brest-iroise',
    name: 'Coalition des acteurs de la zone du Technopôle',
    objective:
      'Réduire ensemble l’empreinte carbone des déplacements domicile-travail et des bâtiments de la zone du Technopôle.',
    scope: 'geographique',
    status: 'active',
    themes: ['mobilite', 'energie'],
    members: ['enib', 'ifremer', 'imt-atlantique', 'ubo', 'zf-autocruise'],
    otherMembers: ['Labocéa'],
    town: 'plouzane',
    operatingMode: BREST_MODE,
    createdDaysAgo: 1500,
    actions: [
      ['État des lieux des déplacements des salariés et des étudiants', -400],
      ['Navette partagée entre le Technopôle et le tramway', -120],
      ['Plan de mobilité inter-entreprises', 75],
    ],
  },
  {
    id: 'mobilites-alternatives-brest',
    name: 'Coalition mobilités alternatives à la voiture individuelle',
    objective:
      'Rendre le vélo, le covoiturage et les transports en commun plus simples que la voiture individuelle pour aller travailler.',
    scope: 'thematique',
    status: 'active',
    themes: ['mobilite'],
    members: ['brest-metropole', 'ehop'],
    otherMembers: ['BAPAV', 'Le Lieu Dit', 'Les Partageurs'],
    town: 'brest',
    operatingMode: BREST_MODE,
    createdDaysAgo: 1450,
    actions: [
      ['Atelier de remise en selle pour les salariés', -200],
      ['Défi mobilités : une semaine sans voiture individuelle', 37],
    ],
  },
  {
    id: 'evenementiel-durable-brest',
    name: 'Coalition évènementiel durable',
    objective:
      'Partager les bonnes pratiques pour des concerts, festivals et salons plus sobres : mobilité des publics, restauration, déchets, énergie.',
    scope: 'sectorielle',
    status: 'active',
    themes: ['evenementiel-durable', 'sensibilisation'],
    members: ['la-carene', 'brestaim', 'enib'],
    otherMembers: ['Longueur d’Ondes', 'Paradigm Shift', 'Aencrage'],
    town: 'brest',
    operatingMode: BREST_MODE,
    createdDaysAgo: 1400,
    actions: [
      ['Charte commune de l’évènementiel durable', -300],
      ['Mutualisation de gobelets et de vaisselle réutilisables', -60],
      ['Atelier éco-conception des concerts', 22],
    ],
  },
  {
    id: 'eclairage-nocturne-brest',
    name: 'Coalition pour la réduction et l’optimisation de l’éclairage nocturne',
    objective:
      'Éteindre ou réduire l’éclairage la nuit pour économiser l’énergie et préserver la biodiversité nocturne.',
    scope: 'thematique',
    status: 'active',
    themes: ['eclairage-nocturne', 'energie', 'biodiversite'],
    members: ['prefecture-maritime', 'ubo', 'brest-metropole'],
    otherMembers: ['Base navale', 'Port de Brest', 'Clear Channel', 'Alcatel', 'Altaréa'],
    town: 'brest',
    operatingMode: BREST_MODE,
    createdDaysAgo: 1300,
    actions: [
      ['Extinction des enseignes et vitrines après 23 heures', -250],
      ['Balade nocturne d’observation de la pollution lumineuse', 11],
    ],
  },
  {
    id: 'eco-materiaux-brest',
    name: 'Coalition des éco-matériaux dans la construction',
    objective:
      'Développer l’usage des matériaux biosourcés et de réemploi dans la construction et la réhabilitation.',
    scope: 'sectorielle',
    status: 'forming',
    themes: ['eco-materiaux', 'energie'],
    members: ['icade-promotion', 'compagnons-batisseurs', 'brest-metropole'],
    town: 'brest',
    operatingMode:
      'Phase de découverte : état des lieux partagé et visites de chantiers avant de fixer une feuille de route.',
    createdDaysAgo: 90,
    actions: [
      ['Rencontre de lancement', -15],
      ['Visite d’un chantier en éco-matériaux', 29],
    ],
  },
  {
    id: 'associations-etudiantes-brest',
    name: 'Coalition des associations étudiantes',
    objective:
      'Rendre la vie étudiante plus sobre : soirées éco-responsables, friperies, sensibilisation sur les campus.',
    scope: 'sectorielle',
    status: 'dormant',
    themes: ['evenementiel-durable', 'sensibilisation', 'education'],
    members: ['fede-b'],
    otherMembers: ['BDD de l’IMT Atlantique', 'BDE de l’ENSTA Bretagne'],
    town: 'brest',
    operatingMode:
      'En sommeil depuis la fin de l’année universitaire ; reprise prévue avec les nouveaux bureaux.',
    createdDaysAgo: 1100,
    actions: [['Guide des soirées éco-responsables', -500]],
  },
  {
    id: 'coalition-climat-21-lille',
    name: 'Coalition Climat 21 Lille',
    objective: CC21_OBJECTIVE,
    scope: 'geographique',
    status: 'active',
    themes: ['justice-climatique', 'sensibilisation', 'mobilite'],
    members: ['alternatiba-lille', 'mres', 'reseau-transition-hdf'],
    otherMembers: ['Collectifs de quartier de Lille-Sud et de Fives'],
    town: 'lille',
    operatingMode:
      'Assemblée ouverte chaque mois à la Maison régionale de l’environnement et des solidarités ; conférences en ligne avec les autres coalitions locales.',
    contact: { url: 'https://example.org/coalitions/lille' },
    createdDaysAgo: 800,
    actions: [
      ['Marche pour le climat', -12],
      ['Départ collectif en train vers le rassemblement national', 50],
    ],
  },
  {
    id: 'coalition-climat-21-dunkerque',
    name: 'Coalition Climat 21 Dunkerque',
    objective: CC21_OBJECTIVE,
    scope: 'geographique',
    status: 'active',
    themes: ['justice-climatique', 'energie'],
    otherMembers: ['Associations environnementales du Dunkerquois', 'Collectif vélo du littoral'],
    town: 'dunkerque',
    contact: { url: 'https://example.org/coalitions/dunkerque' },
    createdDaysAgo: 760,
    actions: [['Village des alternatives sur la digue', 44]],
  },
  {
    id: 'coalition-climat-21-amiens',
    name: 'Coalition Climat 21 Amiens',
    objective: CC21_OBJECTIVE,
    scope: 'geographique',
    status: 'active',
    themes: ['justice-climatique', 'sensibilisation'],
    members: ['ensemble-pour-le-climat-amiens'],
    otherMembers: ['Associations étudiantes amiénoises'],
    town: 'amiens',
    contact: { url: 'https://example.org/coalitions/amiens' },
    createdDaysAgo: 700,
    actions: [
      ['Conversations carbone à la bibliothèque', -5],
      ['Vélorution', 30],
    ],
  },
  {
    id: 'coalition-climat-21-arras',
    name: 'Coalition Climat 21 Arras',
    objective: CC21_OBJECTIVE,
    scope: 'geographique',
    status: 'forming',
    themes: ['alimentation', 'adaptation'],
    members: ['arras-en-transition'],
    town: 'arras',
    contact: { url: 'https://example.org/coalitions/arras' },
    createdDaysAgo: 40,
    actions: [['Première réunion ouverte', 10]],
  },
  {
    id: 'coalition-climat-21-valenciennes',
    name: 'Coalition Climat 21 Valenciennes',
    objective: CC21_OBJECTIVE,
    scope: 'geographique',
    status: 'dormant',
    themes: ['concertation', 'sensibilisation'],
    members: ['pacte-transition-valenciennes'],
    town: 'valenciennes',
    contact: { url: 'https://example.org/coalitions/valenciennes' },
    createdDaysAgo: 1000,
    actions: [['Interpellation des candidats aux municipales', -900]],
  },
  {
    id: 'coalition-climat-21-paris',
    name: 'Coalition Climat 21 Paris',
    objective: CC21_OBJECTIVE,
    scope: 'geographique',
    status: 'active',
    themes: ['justice-climatique', 'solidarite-internationale'],
    otherMembers: ['Organisations et mouvements signataires de l’appel national'],
    town: 'paris',
    operatingMode:
      'Réunions de préparation ouvertes à toutes et tous ; week-ends de préparation des mobilisations avec les coalitions de toute la France.',
    contact: { url: 'https://example.org/coalitions/paris' },
    createdDaysAgo: 900,
    actions: [
      ['Campagne de communication citoyenne', -150],
      ['Rencontre nationale des coalitions locales', 120],
    ],
  },
];

export function coalitions(c: Clock): Coalition[] {
  return SEEDS.map(({ town, createdDaysAgo, actions, ...seed }): Coalition => {
    const { locality, region, geo } = TOWNS[town];
    return {
      ...seed,
      themes: [...seed.themes],
      ...(seed.members && { members: [...seed.members] }),
      ...(seed.otherMembers && { otherMembers: [...seed.otherMembers] }),
      locality,
      region,
      geo: { ...geo },
      ...(actions && {
        actions: actions.map(([title, days]) => ({
          title,
          status: days < 0 ? ('done' as const) : ('planned' as const),
          date: c.day(days),
        })),
      }),
      createdAt: c.day(-createdDaysAgo),
    };
  });
}
