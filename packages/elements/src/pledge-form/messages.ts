/** The pledge form's own strings, French first; English must have every key. */
import { defineMessages } from '../shared/i18n.js';
import { plural } from '../shared/plural.js';

export const t = defineMessages({
  fr: {
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
    noticeHowLong: (months: number) =>
      `Combien de temps : ${months} mois, puis elles sont effacées.`,
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
  },
  en: {
    error: 'The call for commitments could not be loaded.',
    loaded: (title: string) => `Call for commitments loaded: ${title}.`,
    unknown: (id: string) => `This call for commitments cannot be found (“${id}”).`,
    unknownHint: 'It may have been removed, or its address has changed.',
    notYetOpen: (date: string) => `This call for commitments is not open yet. It opens on ${date}.`,
    closed: (date: string) =>
      `This call for commitments closed on ${date}. Thank you to everyone who pledged.`,
    closedNoDate: 'This call for commitments is closed.',
    pledges: (n: string, count: number) =>
      `${n} ${plural('en', count, { one: 'pledge', other: 'pledges' })}`,
    goal: (goal: string) => `out of a goal of ${goal}`,
    partner: (n: string) => `including ${n} from this site`,
    progress: 'Progress towards the goal',
    recent: 'Latest public pledges',
    formLabel: 'I pledge',
    required: 'required',
    optional: 'optional',
    commitments: 'My commitments',
    commitmentsHint: 'Tick at least one commitment.',
    kind: 'I am pledging as',
    citizen: 'A citizen',
    organisationKind: 'An organisation (association, company, local authority…)',
    organisation: 'Name of the organisation',
    name: 'Full name',
    email: 'Email address',
    emailHint: 'Expected format: name@domain.org. It is never published.',
    postalCode: 'Postcode',
    postalCodeHint: 'For example 59000.',
    message: 'Message',
    messageHint: '1,000 characters at most.',
    public: 'Show my name publicly among the pledges',
    publicHint: 'Otherwise your pledge is counted without your name.',
    consent: 'I agree that my data is processed as described above',
    honeypot: 'Do not fill in this field',
    submit: 'I pledge',
    noticeTitle: 'Your data',
    noticeWho: (name: string) => `Who collects it: ${name}.`,
    noticeWhy: (title: string) =>
      `Why: to count your pledge in “${title}” and, if you chose so, show your name. Your email address is never published.`,
    noticeHowLong: (months: number) => `How long: ${months} months, then it is erased.`,
    noticeRights:
      'Your rights: access, correction, erasure and objection, by writing to the collective as its privacy policy explains.',
    privacyLink: 'Privacy policy of the call',
    summary: (n: number) =>
      `The form has ${n} ${plural('en', n, { one: 'error', other: 'errors' })}. Please correct ${plural('en', n, { one: 'this field', other: 'these fields' })}:`,
    fieldError: (label: string, message: string) => `${label}: ${message}`,
    sending: 'Sending your pledge…',
    sendingButton: 'Sending…',
    offline:
      'Offline: your pledge is not recorded yet. It will be sent as soon as the connection is back; keep this page open.',
    failed:
      'The server could not record your pledge: it is not recorded yet. Your answers are kept.',
    retrySend: 'Try sending again',
    expired:
      'Your pledge has been waiting for more than 24 hours and was not sent: it is not recorded. Check your answers, then send it again.',
    refused: (message: string) => `Your pledge was not recorded: ${message}`,
    checksUnavailable:
      'The form check could not be loaded: your pledge is not sent yet. Check your connection, then try again.',
    thanks: 'Thank you!',
    recorded: 'Your pledge is recorded.',
    announcedRecorded: 'Thank you! Your pledge is recorded.',
    checkInbox:
      'Check your inbox: we have just written to you. Your pledge will count as soon as you confirm it with the link in the message (valid 7 days).',
    announcedCheckInbox:
      'Thank you! Check your inbox: confirm your pledge with the link in the message.',
    share: 'Spread the word',
    shareText: (title: string) => `I made a pledge: ${title}`,
    shareEmail: 'By email',
  },
});

export type PledgeMessages = (typeof t)['fr'];
