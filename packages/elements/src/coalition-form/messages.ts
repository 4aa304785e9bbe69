/** The coalition form's own strings, French first; English must have every key. */
import { defineMessages } from '../shared/i18n.js';
import { plural } from '../shared/plural.js';

export const t = defineMessages({
  fr: {
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
    consentRequired: 'Votre accord est nécessaire pour enregistrer la déclaration.',
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
  },
  en: {
    error: 'The declaration form could not be loaded.',
    loaded: 'Coalition declaration form loaded.',
    title: 'Declare a local coalition',
    intro:
      'Are you forming a local climate coalition? Declare it: the collective’s team checks it, then it appears on the map.',
    formLabel: 'Declare a coalition',
    required: 'required',
    optional: 'optional',
    sectionCoalition: 'The coalition',
    name: 'Name of the coalition',
    objective: 'Objective',
    objectiveHint: 'In a few sentences: what the coalition wants to achieve.',
    scope: 'Scope',
    scopes: {
      geographique: 'Geographic (a territory)',
      thematique: 'Thematic (an issue)',
      sectorielle: 'Sectoral (a sector of activity)',
    },
    scopeRequired: 'Choose the coalition’s scope.',
    themes: 'Themes',
    sectionTerritory: 'The territory',
    region: 'Region',
    regionNone: 'Choose a region',
    locality: 'Town or neighbourhood',
    localityHint:
      'For example “Lille” or “Lille – Fives”. You may type it here instead of placing the point on the map.',
    geo: 'Point on the map',
    mapLabel: 'Map of France: place the coalition’s point',
    mapHint:
      'Click on the map, or move into the map and move the cursor with the arrow keys (Shift + arrow: faster), then press Enter.',
    cursorAt: (region: string | undefined) =>
      region ? `Cursor: ${region}.` : 'Cursor: outside the regions.',
    placedAt: (region: string | undefined, lat: string, lon: string) =>
      `Point placed${region ? ` in ${region}` : ''} (latitude ${lat}, longitude ${lon}).`,
    outside: 'Outside the map: no point placed.',
    noPoint: 'No point placed.',
    removePoint: 'Remove the point',
    sectionMembers: 'Members and way of working',
    members: 'Members',
    membersHint: 'One organisation or collective per line.',
    operatingMode: 'Way of working',
    operatingModeHint: 'For example: a meeting every month, a working group per action.',
    actions: 'Planned actions',
    actionsHint: 'One action per line.',
    sectionContacts: 'Contact people',
    contactsHint: 'One or two people the collective’s team can reach. They are never published.',
    contact: (n: number) => `Contact person ${n}`,
    contactName: (n: number) => `Full name (person ${n})`,
    contactEmail: (n: number) => `Email address (person ${n})`,
    contactOrganisation: (n: number) => `Organisation (person ${n})`,
    emailHint: 'Expected format: name@domain.org.',
    sectionPublic: 'Public contact channels',
    publicHint: 'Published with the coalition once approved.',
    publicUrl: 'Web page or social account',
    publicUrlHint: 'A full address, for example https://coalition.example.org.',
    publicEmail: 'Public email address',
    consent: 'We agree that the public parts of this declaration are published once approved',
    consentRequired: 'Your agreement is needed to record the declaration.',
    honeypot: 'Do not fill in this field',
    submit: 'Declare the coalition',
    noticeTitle: 'Your data',
    noticeWho: (name: string) => `Who receives it: ${name}.`,
    noticePublic:
      'What is published, once approved: the name, objective, scope, themes, territory, point, members, way of working, actions and public contact channels.',
    noticePrivate:
      'What never is: the contact people. They are only for the collective’s team to reach you.',
    noticeRights:
      'Your rights: access, correction, erasure and objection, by writing to the collective.',
    summary: (n: number) =>
      `The form has ${n} ${plural('en', n, { one: 'error', other: 'errors' })}. Please correct ${plural('en', n, { one: 'this field', other: 'these fields' })}:`,
    fieldError: (label: string, message: string) => `${label}: ${message}`,
    sending: 'Sending your declaration…',
    sendingButton: 'Sending…',
    offline:
      'Offline: your declaration is not recorded yet. It will be sent as soon as the connection is back; keep this page open.',
    failed:
      'The server could not record your declaration: it is not recorded yet. Your answers are kept.',
    retrySend: 'Try sending again',
    expired:
      'Your declaration has been waiting for more than 24 hours and was not sent: it is not recorded. Check your answers, then send it again.',
    refused: (message: string) => `Your declaration was not recorded: ${message}`,
    checksUnavailable:
      'The form check could not be loaded: your declaration is not sent yet. Check your connection, then try again.',
    thanks: 'Thank you, your declaration is recorded',
    pending:
      'It awaits approval by the collective’s team. Once approved, the coalition appears on the map.',
    announcedRecorded:
      'Thank you! Your declaration is recorded. It awaits approval by the collective’s team.',
  },
});

export type CoalitionFormMessages = (typeof t)['fr'];
