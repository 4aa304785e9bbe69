/** Messages of validation issues, in French (default) or English. */
import type { $ZodErrorMap, $ZodIssue } from 'zod/v4/core';
import { zodErrorMap } from './zod-messages.js';
import type { CheckCode } from './schemas/primitives.js';
import type { Lang } from './lang.js';

const CHECKS: Record<Lang, Record<CheckCode, string>> = {
  fr: {
    url: 'Adresse web invalide : une URL absolue en http:// ou https:// est attendue',
    date: 'Date invalide : format attendu 2026-03-14 ou 2026-03-14T18:30:00+01:00',
    dateOrder: 'La date de fin précède la date de début',
    timeZone: 'Fuseau horaire inconnu : un nom IANA est attendu (Europe/Paris)',
    colour: 'Couleur invalide : une couleur hexadécimale est attendue (#1f6f43)',
    duplicateId: 'Identifiant en double : un autre élément du document porte déjà cet identifiant',
    organisationRequired:
      'Le nom de l’organisation est obligatoire pour un engagement au nom d’une organisation',
    consent: 'Votre accord est nécessaire pour enregistrer votre engagement',
    declarationConsent:
      'Votre accord est nécessaire pour enregistrer la déclaration et en publier la partie publique',
    uniqueValues: 'La liste contient des valeurs en double',
    blank: 'Ce champ ne peut pas être vide',
    control:
      'Caractère invisible interdit (tabulation, retour à la ligne, caractère de contrôle) : ce champ tient sur une ligne',
    controlInText:
      'Caractère de contrôle interdit (tabulation, échappement…) : seuls les retours à la ligne sont permis',
    id: 'Identifiant invalide : ni espace au début ou à la fin, ni caractère de contrôle',
  },
  en: {
    url: 'Invalid web address: an absolute http:// or https:// URL is expected',
    date: 'Invalid date: expected 2026-03-14 or 2026-03-14T18:30:00+01:00',
    dateOrder: 'The end date is before the start date',
    timeZone: 'Unknown time zone: an IANA name is expected (Europe/Paris)',
    colour: 'Invalid colour: a hexadecimal colour is expected (#1f6f43)',
    duplicateId: 'Duplicate id: another item of the document already has this id',
    organisationRequired:
      'The organisation name is required for a pledge made on behalf of an organisation',
    consent: 'Your agreement is needed to record your pledge',
    declarationConsent:
      'Your agreement is needed to record the declaration and publish its public part',
    uniqueValues: 'The list contains duplicate values',
    blank: 'This field cannot be empty',
    control:
      'Invisible character not allowed (tab, line break, control character): this field is one line',
    controlInText: 'Control character not allowed (tab, escape…): only line breaks are allowed',
    id: 'Invalid id: no space at the start or end, no control character',
  },
};

/** The error map to pass to `safeParse` so zod's own messages come in `lang`. */
export const errorMap = (lang: Lang): $ZodErrorMap => zodErrorMap(lang);

/**
 * The message of a zod issue in `lang`: our own checks carry `ck:<code>` and are translated
 * here; zod's issues already came through {@link errorMap}.
 */
export function issueMessage(issue: Pick<$ZodIssue, 'message'>, lang: Lang): string {
  const code = issue.message.startsWith('ck:') ? (issue.message.slice(3) as CheckCode) : undefined;
  return (code && CHECKS[lang][code]) || issue.message;
}

/** The message of one of our own checks (`duplicateId`, `url`…) in `lang`. */
export const checkMessage = (code: CheckCode, lang: Lang) => CHECKS[lang][code];
