/** What the server says to a visitor's browser, in French (default) and English. */
import { toLang, type Lang } from '@coalition-kit/sdk';

export const MESSAGES = {
  fr: {
    badRequest: 'La requête est invalide',
    invalidJson: 'Le corps de la requête n’est pas du JSON valide',
    invalidFields: 'Certains champs sont invalides',
    notObject: 'Le corps de la requête doit être un objet JSON',
    keyMissing: 'L’en-tête Idempotency-Key est obligatoire (un identifiant unique par envoi)',
    keyInvalid:
      'L’en-tête Idempotency-Key doit compter de 8 à 200 caractères parmi lettres, chiffres, « - », « _ », « . » et « : »',
    keyInFlight:
      'Un envoi avec la même clé Idempotency-Key est déjà en cours : réessayez dans un instant',
    keyReused: 'Cette clé Idempotency-Key a déjà servi pour un autre contenu',
    unsupportedType: 'Seul le JSON est accepté (Content-Type: application/json)',
    tooLarge: (limit: number) => `Le corps de la requête dépasse ${limit} octets`,
    tooMany: (s: number) => `Trop d’envois depuis votre adresse : réessayez dans ${s} s`,
    unavailable: (s: number) =>
      `La base de données est momentanément injoignable : réessayez dans ${s} s`,
    originRefused: (o: string) => `Les envois depuis ${o} ne sont pas acceptés par ce flux`,
    unknownCampaign: (id: string) => `La campagne « ${id} » n’existe pas`,
    notOpenYet: (id: string, at: string) => `La campagne « ${id} » n’ouvre que le ${at}`,
    closed: (id: string, at: string) => `La campagne « ${id} » est close depuis le ${at}`,
    unknownCommitment: (id: string) => `L’engagement « ${id} » ne fait pas partie de la campagne`,
    kindRefused: (kind: string) => `La campagne n’accepte pas les engagements de type « ${kind} »`,
    notFound: 'Ce document n’existe pas',
    badUrl:
      'L’adresse demandée est mal formée (un « % » doit être suivi de deux chiffres hexadécimaux d’un caractère UTF-8 valide)',
    methodNotAllowed: (method: string, allow: string) =>
      `La méthode ${method} n’est pas acceptée ici ; méthodes acceptées : ${allow}`,
    unknownMethod: 'Cette méthode HTTP n’est pas prise en charge par ce serveur',
    headersTooLarge: 'Les en-têtes de la requête sont trop grands',
    requestTimeout: 'La requête est arrivée trop lentement : la connexion est fermée, réessayez',
    tooManyConnections:
      'Trop de connexions ouvertes depuis votre adresse : fermez-en ou réessayez dans un instant',
    noCollective: 'Le flux n’a pas encore de collectif : importez collective.json',
    cdnMissing:
      'Le bundle des widgets n’est pas construit : lancez `npm run build` (packages/elements/dist/cdn)',
    internal: 'Erreur interne du serveur',
  },
  en: {
    badRequest: 'The request is invalid',
    invalidJson: 'The request body is not valid JSON',
    invalidFields: 'Some fields are invalid',
    notObject: 'The request body must be a JSON object',
    keyMissing: 'The Idempotency-Key header is required (one unique id per submission)',
    keyInvalid: 'The Idempotency-Key header must be 8 to 200 letters, digits, "-", "_", "." or ":"',
    keyInFlight: 'A submission with the same Idempotency-Key is in progress: retry in a moment',
    keyReused: 'This Idempotency-Key was already used for another content',
    unsupportedType: 'Only JSON is accepted (Content-Type: application/json)',
    tooLarge: (limit: number) => `The request body is larger than ${limit} bytes`,
    tooMany: (s: number) => `Too many submissions from your address: retry in ${s} s`,
    unavailable: (s: number) => `The database is unreachable for a moment: retry in ${s} s`,
    originRefused: (o: string) => `Submissions from ${o} are not accepted by this feed`,
    unknownCampaign: (id: string) => `The campaign "${id}" does not exist`,
    notOpenYet: (id: string, at: string) => `The campaign "${id}" opens on ${at}`,
    closed: (id: string, at: string) => `The campaign "${id}" closed on ${at}`,
    unknownCommitment: (id: string) => `The commitment "${id}" is not part of the campaign`,
    kindRefused: (kind: string) => `The campaign does not accept "${kind}" pledges`,
    notFound: 'No such document',
    badUrl:
      'The requested URL is malformed (a "%" must be followed by the two hex digits of valid UTF-8)',
    methodNotAllowed: (method: string, allow: string) =>
      `The method ${method} is not accepted here; accepted methods: ${allow}`,
    unknownMethod: 'This HTTP method is not supported by this server',
    headersTooLarge: 'The request headers are too large',
    requestTimeout: 'The request arrived too slowly: the connection is closed, retry',
    tooManyConnections:
      'Too many open connections from your address: close some or retry in a moment',
    noCollective: 'The feed has no collective yet: import collective.json',
    cdnMissing: 'The widgets bundle is not built: run `npm run build` (packages/elements/dist/cdn)',
    internal: 'Internal server error',
  },
} as const;

export type Messages = (typeof MESSAGES)[Lang];

/** The language of a request: English when `Accept-Language` starts with `en`, else French. */
export const langOf = (headers: { 'accept-language'?: string | undefined }): Lang =>
  toLang(headers['accept-language']);
