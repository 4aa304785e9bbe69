/**
 * The common agenda of the demo collective, relative to "now": a few past events, most of
 * them over the next three months, every format and status, online, all-day, multi-day and
 * one weekend across a daylight-saving change.
 */
import type { Event, EventFormat, EventStatus, Location } from '@coalition-kit/sdk';
import type { Clock } from './clock.js';
import type { ThemeId } from './collective.js';
import type { MemberId } from './members.js';
import { VENUES } from './places.js';

interface EventSeed {
  id: string;
  name: string;
  description: string;
  format: EventFormat;
  organizer: MemberId;
  themes: ThemeId[];
  startDate: string;
  endDate?: string;
  status?: EventStatus;
  location?: Location;
  /** Online: a web-conference page. */
  online?: boolean;
}

const web = (id: string) => `https://example.org/agenda/${id}`;

function event({ online, status = 'scheduled', location, endDate, ...seed }: EventSeed): Event {
  return {
    ...seed,
    ...(endDate && { endDate }),
    status,
    ...(location && {
      location: { ...location, ...(location.geo && { geo: { ...location.geo } }) },
    }),
    ...(online && { online: { url: `https://example.org/visio/${seed.id}` } }),
    url: web(seed.id),
  };
}

export function events(c: Clock): Event[] {
  /** A timed event on the workday around `days`, from `start` to `end` local time. */
  const timed = (days: number, start: string, end: string) => {
    const d = c.workday(days);
    return { startDate: c.at(d, start), endDate: c.at(d, end) };
  };
  /** A weekend event on the Saturday around `days`. */
  const saturday = (days: number, start: string, end: string) => {
    const d = c.saturday(days);
    return { startDate: c.at(d, start), endDate: c.at(d, end) };
  };
  const allDay = (days: number, lastDay?: number) => ({
    startDate: c.day(days),
    ...(lastDay !== undefined && { endDate: c.day(lastDay) }),
  });
  /** The weekend whose Sunday changes the clocks: starts before, ends after the change. */
  const dst = c.nextOffsetChange() ?? c.saturday(100) + 1;

  const items: EventSeed[] = [
    // Past events.
    {
      id: 'climate-tour-territoire-dunkerquois',
      name: 'Climate Tour : le territoire dunkerquois',
      description:
        'Une journée de visites pour explorer des solutions climat de pointe sur le territoire dunkerquois : réseau de chaleur alimenté par la chaleur industrielle, transports en commun gratuits, reconversion de friches portuaires.',
      format: 'visite',
      organizer: 'cerdd',
      themes: ['energie', 'mobilite', 'sensibilisation'],
      ...timed(-40, '09:00', '17:30'),
      location: VENUES.halleAuxSucres,
    },
    {
      id: 'accueil-delegation-loos-en-gohelle',
      name: 'Loos-en-Gohelle accueille une délégation : la transition sur le terrain',
      description:
        'Visites, tables rondes et village des initiatives pour montrer la trajectoire d’une ancienne commune minière vers un nouveau modèle de développement.',
      format: 'visite',
      organizer: 'loos-en-gohelle',
      themes: ['energie', 'eco-materiaux', 'concertation'],
      ...timed(-26, '09:30', '18:00'),
      location: VENUES.base11_19,
    },
    {
      id: 'estaminet-du-climat-automne',
      name: 'Estaminet du Climat',
      description:
        'Une soirée conviviale, façon estaminet, pour parler climat entre habitants, associations et chercheurs autour de petites tables thématiques.',
      format: 'rencontre',
      organizer: 'ville-de-lille',
      themes: ['sensibilisation', 'alimentation'],
      ...timed(-33, '18:30', '21:30'),
      location: VENUES.hotelDeVilleLille,
    },
    {
      id: 'webinaire-stockage-carbone-sol',
      name: 'Webinaire : le stockage du carbone dans les sols',
      description:
        'Comment les pratiques agricoles, la gestion des forêts et la désimperméabilisation augmentent le carbone stocké dans les sols. Retours d’expérience de territoires de la région.',
      format: 'webinaire',
      organizer: 'ademe-hdf',
      themes: ['sols', 'adaptation', 'alimentation'],
      ...timed(-21, '11:00', '12:30'),
      online: true,
    },
    {
      id: 'formation-facilitateurs-coalitions',
      name: 'Formation des facilitateurs de coalitions d’acteurs',
      description:
        'Deux demi-journées pour apprendre à animer une coalition dans la durée : poser un fonctionnement coopératif, répartir les rôles, tenir une feuille de route.',
      format: 'formation',
      organizer: 'brest-metropole',
      themes: ['concertation'],
      ...timed(-18, '09:00', '12:30'),
      location: VENUES.capucins,
    },
    {
      id: 'lancement-coalition-eco-materiaux',
      name: 'Rencontre de lancement de la coalition éco-matériaux',
      description:
        'Apprendre à se connaître, partager les attentes de chacun et préciser l’objectif du groupe avant de définir son mode de fonctionnement.',
      format: 'rencontre',
      organizer: 'compagnons-batisseurs',
      themes: ['eco-materiaux'],
      ...timed(-15, '14:00', '16:30'),
      location: VENUES.capucins,
    },
    {
      id: 'marche-pour-le-climat-lille',
      name: 'Marche pour le climat',
      description:
        'Une marche festive et familiale dans les rues de Lille pour la justice climatique. Départ devant la gare Saint Sauveur.',
      format: 'mobilisation',
      organizer: 'alternatiba-lille',
      themes: ['justice-climatique', 'sensibilisation'],
      ...saturday(-14, '14:00', '17:00'),
      location: VENUES.gareSaintSauveur,
    },
    {
      id: 'conversations-carbone-amiens',
      name: 'Conversations carbone',
      description:
        'Un cycle de rencontres en petit groupe pour réduire son empreinte carbone en s’appuyant sur l’écoute et l’entraide.',
      format: 'autre',
      organizer: 'ensemble-pour-le-climat-amiens',
      themes: ['sensibilisation', 'energie'],
      ...timed(-5, '18:30', '20:30'),
      location: VENUES.hotelDeVilleAmiens,
    },
    // Under way.
    {
      id: 'exposition-plus-2-degres',
      name: 'Exposition « +2°C, le changement climatique près de chez vous »',
      description:
        'Cartes, photographies et témoignages : ce que deux degrés de plus changent pour le littoral, l’agriculture, la santé et la biodiversité de la région. Entrée libre.',
      format: 'exposition',
      organizer: 'cerdd',
      themes: ['adaptation', 'sensibilisation'],
      ...allDay(-20, 40),
      location: VENUES.gareSaintSauveur,
    },
    // Upcoming.
    {
      id: 'conference-coalitions-locales',
      name: 'Conférence en ligne des coalitions locales',
      description:
        'Tour de table des coalitions locales pour mutualiser les expériences, partager les informations et co-construire les prochaines mobilisations.',
      format: 'rencontre',
      organizer: 'alternatiba-lille',
      themes: ['justice-climatique'],
      ...timed(4, '20:00', '21:30'),
      online: true,
    },
    {
      id: 'webinaire-strategies-alimentation',
      name: 'Webinaire : les stratégies territoriales de l’alimentation',
      description:
        'Projets alimentaires territoriaux, restauration collective, circuits courts : comment des territoires de la région construisent une alimentation durable.',
      format: 'webinaire',
      organizer: 'ademe-hdf',
      themes: ['alimentation', 'concertation'],
      ...timed(6, '11:00', '12:30'),
      online: true,
    },
    {
      id: 'petit-dejeuner-technopole',
      name: 'Petit-déjeuner de la coalition du Technopôle',
      description:
        'Point d’étape sur la navette partagée et préparation du plan de mobilité inter-entreprises de la zone.',
      format: 'rencontre',
      organizer: 'imt-atlantique',
      themes: ['mobilite'],
      ...timed(7, '08:30', '10:00'),
      location: VENUES.technopole,
    },
    {
      id: 'information-fonds-solidarite-climat',
      name: 'Réunion d’information : appel à projets Fonds Solidarité Climat',
      description:
        'Présentation de l’appel à projets pour les organismes à but non lucratif qui portent un projet local ou de solidarité internationale à visée climatique, et réponses aux questions.',
      format: 'webinaire',
      organizer: 'fondation-de-lille',
      themes: ['solidarite-internationale', 'justice-climatique'],
      ...timed(8, '17:30', '18:30'),
      online: true,
    },
    {
      id: 'climate-tour-metropole-lille',
      name: 'Climate Tour : la Métropole européenne de Lille',
      description:
        'Une journée de visites dans la métropole lilloise : quartiers durables, agriculture urbaine, rénovation énergétique et logistique urbaine à vélo.',
      format: 'visite',
      organizer: 'cerdd',
      themes: ['energie', 'alimentation', 'mobilite'],
      ...timed(9, '09:00', '17:30'),
      location: VENUES.hotelDeVilleLille,
    },
    {
      id: 'repair-cafe-arras',
      name: 'Repair café et atelier vélo',
      description:
        'Apportez un objet en panne ou votre vélo : des bénévoles vous aident à le réparer vous-même. Suivi de la première réunion ouverte de la coalition locale.',
      format: 'autre',
      organizer: 'arras-en-transition',
      themes: ['mobilite', 'sensibilisation'],
      ...saturday(10, '10:00', '17:00'),
      location: VENUES.hotelDeVilleArras,
    },
    {
      id: 'balade-nocturne-eclairage',
      name: 'Balade nocturne : observer la pollution lumineuse',
      description:
        'Une balade commentée à la tombée de la nuit pour comprendre les effets de l’éclairage sur la biodiversité et les économies d’énergie possibles.',
      format: 'visite',
      organizer: 'ubo',
      themes: ['eclairage-nocturne', 'biodiversite'],
      ...timed(11, '18:00', '20:00'),
      location: VENUES.campusUbo,
    },
    {
      id: 'formation-elus-concertation-arrageois',
      name: 'Formation-action des élus : la concertation dans les plans climat',
      description:
        'Séance reportée d’une semaine. Méthodes de concertation, diagnostic participatif et animation d’ateliers, appliqués au plan climat de chaque territoire.',
      format: 'formation',
      organizer: 'missions-publiques',
      themes: ['concertation'],
      ...timed(12, '09:30', '16:30'),
      status: 'rescheduled',
      location: VENUES.hotelDeVilleArras,
    },
    {
      id: 'cine-debat-valenciennes',
      name: 'Ciné-débat : des territoires en transition',
      description:
        'Projection d’un documentaire sur des initiatives de transition, suivie d’un débat avec des collectifs citoyens de la région.',
      format: 'autre',
      organizer: 'pacte-transition-valenciennes',
      themes: ['sensibilisation', 'concertation'],
      ...timed(13, '19:00', '22:00'),
      location: VENUES.placeArmesValenciennes,
    },
    {
      id: 'forum-annuel-acteurs-engages',
      name: 'Forum annuel des acteurs engagés',
      description:
        'Les coalitions d’acteurs présentent leurs avancées, rencontrent d’autres réseaux mobilisés pour le climat et donnent envie à de nouvelles coalitions de se lancer.',
      format: 'forum',
      organizer: 'brest-metropole',
      themes: ['concertation', 'energie', 'mobilite'],
      ...timed(14, '09:00', '18:00'),
      location: VENUES.capucins,
    },
    {
      id: 'estaminet-du-climat-hiver',
      name: 'Estaminet du Climat',
      description:
        'Nouvelle soirée de l’Estaminet du Climat, consacrée à l’adaptation : chaleur en ville, inondations, jardins et santé.',
      format: 'rencontre',
      organizer: 'ville-de-lille',
      themes: ['adaptation', 'sensibilisation'],
      ...timed(16, '18:30', '21:30'),
      location: VENUES.hotelDeVilleLille,
    },
    {
      id: 'village-associations-etudiantes',
      name: 'Village des associations étudiantes pour le climat',
      description:
        'Stands, friperie et ateliers sur le campus pour lancer l’année des associations étudiantes engagées.',
      format: 'autre',
      organizer: 'fede-b',
      themes: ['evenementiel-durable', 'education'],
      ...timed(17, '11:00', '16:00'),
      status: 'cancelled',
      location: VENUES.campusUbo,
    },
    {
      id: 'formation-enseignants-climat',
      name: 'Formation des enseignants : enseigner le changement climatique',
      description:
        'Présentation du vade-mecum académique, ressources pédagogiques et projets de classe autour du climat, en présentiel et à distance.',
      format: 'formation',
      organizer: 'rectorat-lille',
      themes: ['education', 'sensibilisation'],
      ...timed(19, '14:00', '17:00'),
      location: VENUES.mres,
      online: true,
    },
    {
      id: 'webinaire-sensibilisation-adaptation',
      name: 'Webinaire : sensibiliser à l’adaptation au changement climatique',
      description:
        'Outils et retours d’expérience pour parler d’adaptation aux habitants et aux élus : fresques, cartes d’exposition aux risques, balades climatiques.',
      format: 'webinaire',
      organizer: 'ademe-hdf',
      themes: ['adaptation', 'sensibilisation'],
      ...timed(20, '11:00', '12:30'),
      online: true,
    },
    {
      id: 'atelier-eco-conception-concerts',
      name: 'Atelier : éco-concevoir un concert',
      description:
        'Mobilité des publics, restauration, énergie de la scène, déchets : un atelier pratique avec les membres de la coalition évènementiel durable.',
      format: 'formation',
      organizer: 'la-carene',
      themes: ['evenementiel-durable'],
      ...timed(22, '14:00', '17:30'),
      location: VENUES.carene,
    },
    {
      id: 'journee-mobilisation-climat',
      name: 'Journée de mobilisation pour le climat',
      description:
        'Partout dans la région, actions et rassemblements le même jour pour faire connaître les enjeux climatiques et les alternatives existantes.',
      format: 'mobilisation',
      organizer: 'alternatiba-lille',
      themes: ['justice-climatique', 'sensibilisation'],
      ...allDay(c.saturday(24)),
      location: VENUES.gareSaintSauveur,
    },
    {
      id: 'formation-animer-collectif-transition',
      name: 'Formation : animer un collectif de transition',
      description:
        'Gouvernance partagée, accueil des nouveaux membres et prévention de l’épuisement militant, pour les collectifs citoyens de la région.',
      format: 'formation',
      organizer: 'reseau-transition-hdf',
      themes: ['concertation', 'adaptation'],
      ...timed(25, '18:00', '20:30'),
      online: true,
    },
    {
      id: 'reunion-publique-energie-citoyenne',
      name: 'Réunion publique : un projet d’énergie citoyenne',
      description:
        'Présentation d’un projet de centrale solaire sur des toitures publiques, financé et gouverné par les habitants.',
      format: 'rencontre',
      organizer: 'energie-partagee',
      themes: ['energie', 'concertation'],
      ...timed(26, '18:30', '20:30'),
      location: VENUES.base11_19,
    },
    {
      id: 'rencontre-reseau-climat-adaptation',
      name: 'Journée de rencontre du réseau climat : l’adaptation',
      description:
        'Partage de pratiques de co-conception des actions avec les acteurs du territoire : visite de terrain, apports, speed dating et supervision collective.',
      format: 'rencontre',
      organizer: 'ademe-hdf',
      themes: ['adaptation', 'concertation'],
      ...timed(27, '09:30', '16:30'),
      location: VENUES.citadelleAmiens,
    },
    {
      id: 'visite-chantier-eco-materiaux',
      name: 'Visite d’un chantier en éco-matériaux',
      description:
        'Isolation en fibres de bois et en paille, enduits en terre crue : visite d’un chantier d’auto-réhabilitation accompagnée.',
      format: 'visite',
      organizer: 'compagnons-batisseurs',
      themes: ['eco-materiaux', 'energie'],
      ...timed(29, '10:00', '12:00'),
      location: VENUES.capucins,
    },
    {
      id: 'velorution-amiens',
      name: 'Vélorution',
      description:
        'Une balade à vélo dans le centre-ville pour demander plus de pistes cyclables sûres.',
      format: 'mobilisation',
      organizer: 'ensemble-pour-le-climat-amiens',
      themes: ['mobilite'],
      ...saturday(30, '14:30', '16:30'),
      location: VENUES.hotelDeVilleAmiens,
    },
    {
      id: 'conference-ocean-climat',
      name: 'Conférence : l’océan, régulateur du climat',
      description:
        'Des chercheurs expliquent le rôle de l’océan dans le climat et ce que le réchauffement change pour les côtes bretonnes. Aussi en ligne.',
      format: 'rencontre',
      organizer: 'ifremer',
      themes: ['biodiversite', 'adaptation'],
      ...timed(31, '18:00', '19:30'),
      location: VENUES.technopole,
      online: true,
    },
    {
      id: 'formation-agents-concertation',
      name: 'Formation-action des agents : organiser une concertation',
      description:
        'Pour les agents des collectivités : préparer un séminaire d’élus et une journée grand public de diagnostic participatif.',
      format: 'formation',
      organizer: 'missions-publiques',
      themes: ['concertation'],
      ...timed(33, '09:30', '16:30'),
      location: VENUES.hotelDeVilleAmiens,
    },
    {
      id: 'visite-reseau-chaleur-dunkerque',
      name: 'Visite du réseau de chaleur urbain',
      description:
        'Comment la chaleur perdue par l’industrie chauffe des logements, des écoles et des équipements publics.',
      format: 'visite',
      organizer: 'cud',
      themes: ['energie'],
      ...timed(36, '14:00', '16:00'),
      location: VENUES.halleAuxSucres,
    },
    {
      id: 'defi-mobilites-semaine-sans-voiture',
      name: 'Défi mobilités : une semaine sans voiture individuelle',
      description:
        'Salariés et étudiants testent pendant une semaine le vélo, le covoiturage et les transports en commun pour aller travailler.',
      format: 'mobilisation',
      organizer: 'ehop',
      themes: ['mobilite'],
      ...allDay(c.next(37, 1), c.next(37, 1) + 4),
      location: VENUES.capucins,
    },
    {
      id: 'cap-climat-solidarite-internationale',
      name: 'CAP Climat : la solidarité climat avec les villes partenaires',
      description:
        'Des partenaires étrangers des collectivités de la région présentent leurs projets climat ; table ronde sur la solidarité internationale.',
      format: 'rencontre',
      organizer: 'ville-de-lille',
      themes: ['solidarite-internationale', 'justice-climatique'],
      ...timed(38, '14:00', '18:00'),
      location: VENUES.hotelDeVilleLille,
    },
    {
      id: 'forum-regional-climat',
      name: 'Forum régional Climat',
      description:
        'Le grand rendez-vous des acteurs régionaux : ateliers prospectifs, world café et présentation des engagements collectés.',
      format: 'forum',
      organizer: 'region-hdf',
      themes: ['energie', 'mobilite', 'adaptation', 'concertation'],
      ...timed(41, '09:00', '17:00'),
      location: VENUES.gareSaintSauveur,
    },
    {
      id: 'assemblee-associations-environnement',
      name: 'Assemblée des associations de l’environnement et des solidarités',
      description:
        'Les associations du réseau partagent leurs projets climat et préparent la saison des mobilisations.',
      format: 'rencontre',
      organizer: 'mres',
      themes: ['sensibilisation', 'solidarite-internationale'],
      ...timed(42, '18:00', '21:00'),
      location: VENUES.mres,
    },
    {
      id: 'webinaire-mobilite-rurale',
      name: 'Webinaire : la mobilité durable en zone rurale',
      description:
        'Reporté à une date qui sera annoncée prochainement. Transport à la demande, autopartage et covoiturage dans les territoires ruraux.',
      format: 'webinaire',
      organizer: 'ademe-hdf',
      themes: ['mobilite'],
      ...timed(48, '11:00', '12:30'),
      status: 'postponed',
      online: true,
    },
    {
      id: 'depart-collectif-train-paris',
      name: 'Départ collectif en train vers le rassemblement national',
      description:
        'Rendez-vous en gare pour voyager ensemble vers le rassemblement national pour le climat.',
      format: 'mobilisation',
      organizer: 'alternatiba-lille',
      themes: ['justice-climatique', 'mobilite'],
      ...saturday(50, '07:30', '09:00'),
      location: VENUES.gareSaintSauveur,
    },
    {
      id: 'exposition-ocean-climat',
      name: 'Exposition : l’océan et le climat',
      description:
        'Une exposition pour comprendre comment l’océan absorbe la chaleur et le carbone, et comment protéger la biodiversité marine.',
      format: 'exposition',
      organizer: 'nausicaa',
      themes: ['biodiversite', 'sensibilisation', 'education'],
      ...allDay(3, 85),
      location: VENUES.nausicaa,
    },
    {
      id: 'rencontre-regionale-collectifs-transition',
      name: 'Rencontre régionale des collectifs citoyens de transition',
      description:
        'Deux jours pour relier les collectifs citoyens de transition de la région : ateliers, partage d’expériences, formation et temps festifs.',
      format: 'rencontre',
      organizer: 'reseau-transition-hdf',
      themes: ['adaptation', 'alimentation', 'energie', 'concertation'],
      ...allDay(c.saturday(60), c.saturday(60) + 1),
      location: VENUES.base11_19,
    },
    {
      id: 'festival-alternatiba',
      name: 'Festival Alternatiba',
      description:
        'Le village des alternatives : alimentation, énergie, mobilité, habitat, concerts et débats. Gratuit et ouvert à toutes et tous.',
      format: 'festival',
      organizer: 'alternatiba-lille',
      themes: ['justice-climatique', 'alimentation', 'energie', 'mobilite'],
      ...allDay(c.saturday(70), c.saturday(70) + 1),
      location: VENUES.gareSaintSauveur,
    },
    {
      id: 'week-end-preparation-mobilisations',
      name: 'Week-end de préparation des mobilisations',
      description:
        'Ouvert à toutes et tous : les coalitions locales de toute la France préparent ensemble les prochaines mobilisations. Attention, changement d’heure dans la nuit de samedi à dimanche.',
      format: 'rencontre',
      organizer: 'alternatiba-lille',
      themes: ['justice-climatique', 'solidarite-internationale'],
      startDate: c.at(dst - 1, '10:00'),
      endDate: c.at(dst, '16:00'),
      location: VENUES.citeU,
    },
  ];
  return items.map(event);
}
