/**
 * The engaged organisations of the demo collective, modelled on the kinds of organisations
 * real collectives gather (organisations only: no people, no contact details). Coalition ids are added by
 * `index.ts` from the coalitions' member lists, so the two documents always agree.
 */
import type { Member, MemberKind } from '@coalition-kit/sdk';
import type { Clock } from './clock.js';
import type { ThemeId } from './collective.js';
import { TOWNS, type TownId } from './places.js';

interface MemberSeed {
  id: string;
  name: string;
  kind: MemberKind;
  description: string;
  town: TownId;
  themes: ThemeId[];
  /** Days since the member joined the collective. */
  joinedDaysAgo: number;
}

const SEEDS = [
  {
    id: 'cerdd',
    name: 'Cerdd, Centre ressource du développement durable',
    kind: 'etablissement-public',
    description:
      'Centre régional de ressources du développement durable, il a lancé l’appel qui a réuni le collectif et anime la Dynamique Climat : agenda commun, kit de communication, Climate Tours.',
    town: 'loos',
    themes: ['sensibilisation', 'adaptation', 'concertation'],
    joinedDaysAgo: 4200,
  },
  {
    id: 'mres',
    name: 'MRES, Maison régionale de l’environnement et des solidarités',
    kind: 'reseau',
    description:
      'Réseau régional d’une centaine d’associations de l’environnement et des solidarités, il relaie l’agenda commun auprès de ses membres.',
    town: 'lille',
    themes: ['sensibilisation', 'biodiversite', 'solidarite-internationale'],
    joinedDaysAgo: 4180,
  },
  {
    id: 'rectorat-lille',
    name: 'Rectorat de l’académie de Lille',
    kind: 'institution',
    description:
      'Formations et vade-mecum à destination des enseignants pour aborder le changement climatique en classe.',
    town: 'lille',
    themes: ['education', 'sensibilisation'],
    joinedDaysAgo: 4170,
  },
  {
    id: 'ademe-hdf',
    name: 'ADEME, direction régionale Hauts-de-France',
    kind: 'etablissement-public',
    description:
      'Anime le réseau régional climat : journées de rencontre, webinaires thématiques et formations des élus et des agents à la concertation.',
    town: 'amiens',
    themes: ['energie', 'adaptation', 'alimentation', 'sols', 'concertation'],
    joinedDaysAgo: 4150,
  },
  {
    id: 'region-hdf',
    name: 'Conseil régional Hauts-de-France',
    kind: 'collectivite',
    description:
      'Institution pilote de la dynamique régionale, elle soutient le collectif et les coopérations internationales des territoires.',
    town: 'lille',
    themes: ['energie', 'mobilite', 'solidarite-internationale'],
    joinedDaysAgo: 4150,
  },
  {
    id: 'nausicaa',
    name: 'Nausicaà, Centre national de la mer',
    kind: 'institution',
    description:
      'Aquarium et centre de culture scientifique : expositions grand public sur l’océan, la biodiversité marine et le climat.',
    town: 'boulogne',
    themes: ['biodiversite', 'sensibilisation', 'education'],
    joinedDaysAgo: 4100,
  },
  {
    id: 'ville-de-lille',
    name: 'Ville de Lille',
    kind: 'collectivite',
    description:
      'Organise l’Estaminet du Climat, des rencontres conviviales entre habitants, associations et experts, et accueille ses partenaires de coopération internationale.',
    town: 'lille',
    themes: ['sensibilisation', 'solidarite-internationale', 'alimentation'],
    joinedDaysAgo: 4120,
  },
  {
    id: 'loos-en-gohelle',
    name: 'Ville de Loos-en-Gohelle',
    kind: 'collectivite',
    description:
      'Ancienne commune minière devenue démonstrateur de la conduite du changement vers un nouveau modèle de développement : énergies renouvelables, éco-construction, participation des habitants.',
    town: 'loos',
    themes: ['energie', 'eco-materiaux', 'concertation'],
    joinedDaysAgo: 4090,
  },
  {
    id: 'cud',
    name: 'Communauté Urbaine de Dunkerque',
    kind: 'collectivite',
    description:
      'Réseau de chaleur alimenté par la chaleur fatale industrielle, transports en commun gratuits et coopérations climat avec des villes partenaires.',
    town: 'dunkerque',
    themes: ['energie', 'mobilite', 'solidarite-internationale'],
    joinedDaysAgo: 4060,
  },
  {
    id: 'fondation-de-lille',
    name: 'Fondation de Lille',
    kind: 'association',
    description:
      'Son Fonds Solidarité Climat finance des projets locaux ou de solidarité internationale à visée climatique portés par des organismes à but non lucratif.',
    town: 'lille',
    themes: ['solidarite-internationale', 'justice-climatique'],
    joinedDaysAgo: 4000,
  },
  {
    id: 'reseau-transition-hdf',
    name: 'Réseau Transition Hauts-de-France',
    kind: 'reseau',
    description:
      'Relie, accompagne et forme les collectifs citoyens de transition de la région, et organise chaque année leur rencontre régionale.',
    town: 'lille',
    themes: ['adaptation', 'alimentation', 'energie', 'concertation'],
    joinedDaysAgo: 1300,
  },
  {
    id: 'alternatiba-lille',
    name: 'Alternatiba Lille',
    kind: 'association',
    description:
      'Mouvement citoyen pour la justice climatique : festival des alternatives, vélorutions et mobilisations.',
    town: 'lille',
    themes: ['justice-climatique', 'mobilite', 'sensibilisation'],
    joinedDaysAgo: 4010,
  },
  {
    id: 'ensemble-pour-le-climat-amiens',
    name: 'Ensemble pour le climat Amiens',
    kind: 'collectif-citoyen',
    description:
      'Collectif né des marches pour le climat : conversations carbone, actions de rue et interpellation des élus.',
    town: 'amiens',
    themes: ['sensibilisation', 'justice-climatique', 'mobilite'],
    joinedDaysAgo: 2500,
  },
  {
    id: 'arras-en-transition',
    name: 'Arras en transition',
    kind: 'collectif-citoyen',
    description:
      'Collectif de ville en transition : repair cafés, jardins partagés et atelier vélo pour renforcer la résilience locale.',
    town: 'arras',
    themes: ['alimentation', 'mobilite', 'adaptation'],
    joinedDaysAgo: 1900,
  },
  {
    id: 'pacte-transition-valenciennes',
    name: 'Pacte pour la transition Valenciennes',
    kind: 'collectif-citoyen',
    description:
      'Collectif d’habitants qui suit les engagements de la commune pour la transition et anime des ciné-débats.',
    town: 'valenciennes',
    themes: ['concertation', 'sensibilisation'],
    joinedDaysAgo: 2100,
  },
  {
    id: 'missions-publiques',
    name: 'Missions Publiques',
    kind: 'entreprise',
    description:
      'Cabinet spécialisé dans la participation citoyenne : conçoit et anime les temps forts du réseau régional climat et forme à la concertation.',
    town: 'paris',
    themes: ['concertation'],
    joinedDaysAgo: 1500,
  },
  {
    id: 'energie-partagee',
    name: 'Énergie Partagée',
    kind: 'reseau',
    description:
      'Mouvement qui accompagne et finance les projets citoyens de production d’énergie renouvelable.',
    town: 'paris',
    themes: ['energie', 'concertation'],
    joinedDaysAgo: 1200,
  },
  {
    id: 'brest-metropole',
    name: 'Brest métropole',
    kind: 'collectivite',
    description:
      'À travers son Plan Climat Air Énergie Territorial, invite entreprises, associations, établissements et habitants à former des coalitions d’acteurs et à publier leurs engagements.',
    town: 'brest',
    themes: ['energie', 'mobilite', 'eclairage-nocturne', 'eco-materiaux', 'concertation'],
    joinedDaysAgo: 1800,
  },
  {
    id: 'enib',
    name: 'ENIB, École nationale d’ingénieurs de Brest',
    kind: 'etablissement-public',
    description:
      'École d’ingénieurs du Technopôle, engagée dans l’évènementiel durable et la sobriété énergétique de son campus.',
    town: 'plouzane',
    themes: ['energie', 'evenementiel-durable', 'education'],
    joinedDaysAgo: 1700,
  },
  {
    id: 'ifremer',
    name: 'IFREMER, centre de Bretagne',
    kind: 'etablissement-public',
    description:
      'Institut de recherche pour l’exploitation de la mer : l’océan, régulateur du climat.',
    town: 'plouzane',
    themes: ['biodiversite', 'adaptation', 'education'],
    joinedDaysAgo: 1690,
  },
  {
    id: 'imt-atlantique',
    name: 'IMT Atlantique, campus de Brest',
    kind: 'etablissement-public',
    description:
      'École d’ingénieurs du Technopôle : plan de mobilité employeur et sobriété numérique.',
    town: 'plouzane',
    themes: ['mobilite', 'energie', 'education'],
    joinedDaysAgo: 1680,
  },
  {
    id: 'ubo',
    name: 'UBO, Université de Bretagne Occidentale',
    kind: 'etablissement-public',
    description:
      'Université engagée dans la réduction de l’éclairage nocturne de ses campus et la vie étudiante durable.',
    town: 'brest',
    themes: ['eclairage-nocturne', 'biodiversite', 'education'],
    joinedDaysAgo: 1660,
  },
  {
    id: 'zf-autocruise',
    name: 'ZF Autocruise',
    kind: 'entreprise',
    description:
      'Entreprise industrielle du Technopôle, membre de la coalition de zone pour les mobilités domicile-travail.',
    town: 'plouzane',
    themes: ['mobilite', 'energie'],
    joinedDaysAgo: 1600,
  },
  {
    id: 'icade-promotion',
    name: 'Icade Promotion',
    kind: 'entreprise',
    description:
      'Promoteur immobilier engagé dans la coalition des éco-matériaux dans la construction.',
    town: 'brest',
    themes: ['eco-materiaux'],
    joinedDaysAgo: 1400,
  },
  {
    id: 'brestaim',
    name: 'Brest’aim',
    kind: 'entreprise',
    description:
      'Gestionnaire d’équipements de loisirs et d’évènements : tri, gobelets réutilisables et mobilité des publics.',
    town: 'brest',
    themes: ['evenementiel-durable'],
    joinedDaysAgo: 1450,
  },
  {
    id: 'la-carene',
    name: 'La Carène',
    kind: 'association',
    description:
      'Salle de musiques actuelles qui expérimente l’éco-conception des concerts et accueille la coalition évènementiel durable.',
    town: 'brest',
    themes: ['evenementiel-durable', 'sensibilisation'],
    joinedDaysAgo: 1500,
  },
  {
    id: 'compagnons-batisseurs',
    name: 'Les Compagnons Bâtisseurs Bretagne',
    kind: 'association',
    description:
      'Chantiers d’auto-réhabilitation accompagnée et ateliers de quartier avec des matériaux biosourcés.',
    town: 'brest',
    themes: ['eco-materiaux', 'energie'],
    joinedDaysAgo: 1380,
  },
  {
    id: 'ehop',
    name: 'Ehop',
    kind: 'association',
    description: 'Association de covoiturage solidaire domicile-travail.',
    town: 'brest',
    themes: ['mobilite'],
    joinedDaysAgo: 1550,
  },
  {
    id: 'prefecture-maritime',
    name: 'Préfecture maritime de l’Atlantique',
    kind: 'institution',
    description:
      'Engagée avec la base navale dans la réduction et l’optimisation de l’éclairage nocturne.',
    town: 'brest',
    themes: ['eclairage-nocturne', 'biodiversite'],
    joinedDaysAgo: 1350,
  },
  {
    id: 'fede-b',
    name: 'Fédé B, fédération des associations étudiantes de Bretagne occidentale',
    kind: 'reseau',
    description:
      'Réseau des associations étudiantes : évènements éco-responsables et sensibilisation sur les campus.',
    town: 'brest',
    themes: ['evenementiel-durable', 'sensibilisation', 'education'],
    joinedDaysAgo: 1250,
  },
] as const satisfies readonly MemberSeed[];

export type MemberId = (typeof SEEDS)[number]['id'];

export const MEMBER_IDS: readonly MemberId[] = SEEDS.map((m) => m.id);

export function members(c: Clock): Member[] {
  return SEEDS.map((m): Member => {
    const { locality, region, geo } = TOWNS[m.town];
    return {
      id: m.id,
      name: m.name,
      kind: m.kind,
      description: m.description,
      url: `https://example.org/membres/${m.id}`,
      locality,
      region,
      geo: { ...geo },
      themes: [...m.themes],
      joinedAt: c.day(-m.joinedDaysAgo),
    };
  });
}
