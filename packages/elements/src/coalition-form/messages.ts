/** The coalition form's own strings: French here, English in `messages.en.ts` (every key). */
import { defineMessages } from '../shared/i18n.js';
import { plural } from '../shared/plural.js';

const fr = {
  error: 'Le formulaire de déclaration n’a pas pu être chargé.',
  loaded: 'Formulaire de déclaration d’une coalition chargé.',
  title: 'Déclarer une coalition locale',
  intro:
    'Vous formez une coalition locale pour le climat ? Déclarez-la : l’équipe du collectif la vérifie, puis elle apparaît sur la carte.',
  formLabel: 'Déclarer une coalition',
  required: 'obligatoire',
  optional: 'facultatif',
  // The coalition
  sectionCoalition: 'La coalition',
  name: 'Nom de la coalition',
  objective: 'Objectif',
  objectiveHint: 'En quelques phrases : ce que la coalition veut obtenir.',
  scope: 'Portée',
  scopes: {
    geographique: 'Géographique (un territoire)',
    thematique: 'Thématique (un enjeu)',
    sectorielle: 'Sectorielle (un secteur d’activité)',
  },
  scopeRequired: 'Choisissez la portée de la coalition.',
  themes: 'Thèmes',
  // Territory
  sectionTerritory: 'Le territoire',
  region: 'Région',
  regionNone: 'Choisir une région',
  locality: 'Commune ou quartier',
  localityHint:
    'Par exemple « Lille » ou « Lille – Fives ». Vous pouvez l’écrire ici au lieu de placer le point sur la carte.',
  geo: 'Point sur la carte',
  mapLabel: 'Carte de France : placer le point de la coalition',
  mapHint:
    'Cliquez sur la carte, ou placez-vous sur la carte et déplacez le curseur avec les flèches (Maj + flèche : plus vite), puis appuyez sur Entrée.',
  cursorAt: (region: string | undefined) =>
    region ? `Curseur : ${region}.` : 'Curseur : hors des régions.',
  placedAt: (region: string | undefined, lat: string, lon: string) =>
    `Point placé${region ? ` en ${region}` : ''} (latitude ${lat}, longitude ${lon}).`,
  outside: 'Hors de la carte : aucun point placé.',
  outsideKept: 'Hors de la carte : le point reste où il était.',
  noPoint: 'Aucun point placé.',
  removePoint: 'Retirer le point',
  // Members and way of working
  sectionMembers: 'Membres et fonctionnement',
  members: 'Membres',
  membersHint: 'Un nom d’organisation ou de collectif par ligne.',
  operatingMode: 'Mode de fonctionnement',
  operatingModeHint: 'Par exemple : une réunion par mois, un groupe de travail par action.',
  actions: 'Actions prévues',
  actionsHint: 'Une action par ligne.',
  // Contacts
  sectionContacts: 'Personnes contacts',
  contactsHint:
    'Une ou deux personnes que l’équipe du collectif peut joindre. Elles ne sont jamais publiées.',
  contact: (n: number) => `Personne contact ${n}`,
  contactName: (n: number) => `Nom et prénom (personne ${n})`,
  contactEmail: (n: number) => `Adresse e-mail (personne ${n})`,
  contactOrganisation: (n: number) => `Organisation (personne ${n})`,
  emailHint: 'Format attendu : nom@domaine.fr.',
  sectionPublic: 'Contacts publics',
  publicHint: 'Publiés avec la coalition une fois validée.',
  publicUrl: 'Page web ou réseau social',
  publicUrlHint: 'Adresse complète, par exemple https://coalition.example.org.',
  publicEmail: 'Adresse e-mail publique',
  consent:
    'Nous acceptons que les parties publiques de cette déclaration soient publiées une fois validées',
  honeypot: 'Ne remplissez pas ce champ',
  submit: 'Déclarer la coalition',
  // Notice (GDPR art. 13, first layer)
  noticeTitle: 'Vos données',
  noticeWho: (name: string) => `Qui les reçoit : ${name}.`,
  noticePublic:
    'Ce qui est publié, après validation : le nom, l’objectif, la portée, les thèmes, le territoire, le point, les membres, le fonctionnement, les actions et les contacts publics.',
  noticePrivate:
    'Ce qui ne l’est jamais : les personnes contacts. Elles servent seulement à l’équipe du collectif pour vous joindre.',
  noticeRights:
    'Vos droits : accès, rectification, effacement et opposition, en écrivant au collectif.',
  // Validation
  summary: (n: number) =>
    `Le formulaire contient ${n} ${plural('fr', n, { one: 'erreur', other: 'erreurs' })}. Corrigez ${plural('fr', n, { one: 'le champ', other: 'les champs' })} ci-dessous :`,
  fieldError: (label: string, message: string) => `${label} : ${message}`,
  // Submission
  sending: 'Envoi de votre déclaration…',
  sendingButton: 'Envoi en cours…',
  offline:
    'Hors ligne : votre déclaration n’est pas encore enregistrée. Elle sera envoyée dès le retour de la connexion ; gardez cette page ouverte.',
  failed:
    'Le serveur n’a pas pu enregistrer votre déclaration : elle n’est pas encore enregistrée. Vos réponses sont conservées.',
  retrySend: 'Réessayer l’envoi',
  expired:
    'Votre déclaration attend depuis plus de 24 heures et n’a pas été envoyée : elle n’est pas enregistrée. Vérifiez vos réponses puis envoyez-la à nouveau.',
  refused: (message: string) => `Votre déclaration n’a pas été enregistrée : ${message}`,
  checksUnavailable:
    'La vérification du formulaire n’a pas pu être chargée : votre déclaration n’est pas encore envoyée. Vérifiez votre connexion puis réessayez.',
  thanks: 'Merci, votre déclaration est enregistrée',
  pending:
    'Elle attend la validation de l’équipe du collectif. Une fois validée, la coalition apparaît sur la carte.',
  announcedRecorded:
    'Merci ! Votre déclaration est enregistrée. Elle attend la validation de l’équipe du collectif.',
};

export type CoalitionFormMessages = typeof fr;

/** English loads when a widget speaks it (`messages.en.ts`, a chunk of its own). */
export const t = defineMessages({ fr, en: () => import('./messages.en.js') });
