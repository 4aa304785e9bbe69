/** The pledge form's own strings: French here, English in `messages.en.ts` (every key). */
import { defineMessages } from '../shared/i18n.js';
import { plural } from '../shared/plural.js';

const fr = {
  error: 'L’appel à engagements n’a pas pu être chargé.',
  loaded: (title: string) => `Appel à engagements chargé : ${title}.`,
  unknown: (id: string) => `Cet appel à engagements est introuvable (« ${id} »).`,
  unknownHint: 'Il a peut-être été retiré ou son adresse a changé.',
  notYetOpen: (date: string) =>
    `Cet appel à engagements n’est pas encore ouvert. Il ouvrira le ${date}.`,
  closed: (date: string) =>
    `Cet appel à engagements est clos depuis le ${date}. Merci à toutes celles et ceux qui se sont engagés.`,
  closedNoDate: 'Cet appel à engagements est clos.',
  // Counter
  pledges: (n: string, count: number) =>
    `${n} ${plural('fr', count, { one: 'engagement', other: 'engagements' })}`,
  goal: (goal: string) => `sur un objectif de ${goal}`,
  partner: (n: string) => `dont ${n} depuis ce site`,
  progress: 'Progression vers l’objectif',
  recent: 'Derniers engagements publics',
  // Form
  formLabel: 'Je m’engage',
  required: 'obligatoire',
  optional: 'facultatif',
  commitments: 'Mes engagements',
  commitmentsHint: 'Cochez au moins un engagement.',
  kind: 'Je m’engage en tant que',
  citizen: 'Citoyenne ou citoyen',
  organisationKind: 'Organisation (association, entreprise, collectivité…)',
  organisation: 'Nom de l’organisation',
  name: 'Nom et prénom',
  email: 'Adresse e-mail',
  emailHint: 'Format attendu : nom@domaine.fr. Elle n’est jamais publiée.',
  postalCode: 'Code postal',
  postalCodeHint: 'Par exemple 59000.',
  message: 'Message',
  messageHint: '1 000 caractères au plus.',
  public: 'Afficher mon nom publiquement parmi les engagements',
  publicHint: 'Sinon, votre engagement est compté sans votre nom.',
  consent: 'J’accepte que mes données soient traitées comme indiqué ci-dessus',
  honeypot: 'Ne remplissez pas ce champ',
  submit: 'Je m’engage',
  // Notice (GDPR art. 13, first layer)
  noticeTitle: 'Vos données',
  noticeWho: (name: string) => `Qui les collecte : ${name}.`,
  noticeWhy: (title: string) =>
    `Pourquoi : compter votre engagement dans « ${title} » et, si vous l’avez choisi, afficher votre nom. Votre adresse e-mail n’est jamais publiée.`,
  noticeHowLong: (months: number) => `Combien de temps : ${months} mois, puis elles sont effacées.`,
  noticeRights:
    'Vos droits : accès, rectification, effacement et opposition, en écrivant au collectif par les moyens indiqués dans sa politique de confidentialité.',
  privacyLink: 'Politique de confidentialité de l’appel',
  // Validation
  summary: (n: number) =>
    `Le formulaire contient ${n} ${plural('fr', n, { one: 'erreur', other: 'erreurs' })}. Corrigez ${plural('fr', n, { one: 'le champ', other: 'les champs' })} ci-dessous :`,
  fieldError: (label: string, message: string) => `${label} : ${message}`,
  // Submission
  sending: 'Envoi de votre engagement…',
  sendingButton: 'Envoi en cours…',
  offline:
    'Hors ligne : votre engagement n’est pas encore enregistré. Il sera envoyé dès le retour de la connexion ; gardez cette page ouverte.',
  failed:
    'Le serveur n’a pas pu enregistrer votre engagement : il n’est pas encore enregistré. Vos réponses sont conservées.',
  retrySend: 'Réessayer l’envoi',
  expired:
    'Votre engagement attend depuis plus de 24 heures et n’a pas été envoyé : il n’est pas enregistré. Vérifiez vos réponses puis envoyez-le à nouveau.',
  refused: (message: string) => `Votre engagement n’a pas été enregistré : ${message}`,
  checksUnavailable:
    'La vérification du formulaire n’a pas pu être chargée : votre engagement n’est pas encore envoyé. Vérifiez votre connexion puis réessayez.',
  thanks: 'Merci !',
  recorded: 'Votre engagement est enregistré.',
  announcedRecorded: 'Merci ! Votre engagement est enregistré.',
  checkInbox:
    'Vérifiez votre boîte de réception : nous venons de vous écrire. Votre engagement comptera dès que vous l’aurez confirmé par le lien du message (valable 7 jours).',
  announcedCheckInbox:
    'Merci ! Vérifiez votre boîte de réception : confirmez votre engagement par le lien du message.',
  share: 'Faites-le savoir',
  shareText: (title: string) => `Je me suis engagé·e : ${title}`,
  shareEmail: 'Par e-mail',
};

export type PledgeMessages = typeof fr;

/** English loads when a widget speaks it (`messages.en.ts`, a chunk of its own). */
export const t = defineMessages({ fr, en: () => import('./messages.en.js') });
