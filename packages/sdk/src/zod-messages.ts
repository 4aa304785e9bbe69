/**
 * Short French and English messages for the zod issue codes our schemas can raise.
 * zod's own locale files cover every format and type zod knows (about 2.5 kB gzip for fr+en
 * in the browser bundle); the feed needs a dozen sentences.
 */
import type { $ZodErrorMap, $ZodRawIssue } from 'zod/v4/core';
import type { Lang } from './lang.js';

type Sized = 'string' | 'array' | 'number';

interface Words {
  required: string;
  type: (expected: string) => string;
  tooBig: Record<Sized, (n: number | bigint, inclusive: boolean) => string>;
  tooSmall: Record<Sized, (n: number | bigint, inclusive: boolean) => string>;
  email: string;
  format: string;
  value: (values: string) => string;
  keys: (keys: string) => string;
  invalid: string;
  multipleOf: (n: number | bigint) => string;
  types: Record<string, string>;
}

const FR: Words = {
  required: 'Ce champ est obligatoire',
  type: (t) => `Type invalide : ${t} attendu`,
  tooBig: {
    string: (n) => `Texte trop long : ${n} caractères au plus`,
    array: (n) => `Liste trop longue : ${n} éléments au plus`,
    number: (n, inc) => `Nombre trop grand : ${inc ? 'au plus' : 'moins de'} ${n}`,
  },
  tooSmall: {
    string: (n) =>
      Number(n) <= 1
        ? 'Ce champ ne peut pas être vide'
        : `Texte trop court : ${n} caractères au moins`,
    array: (n) => `Liste trop courte : ${n} élément${Number(n) > 1 ? 's' : ''} au moins`,
    number: (n, inc) => `Nombre trop petit : ${inc ? 'au moins' : 'plus de'} ${n}`,
  },
  email: 'Adresse e-mail invalide',
  format: 'Format invalide',
  value: (v) => `Valeur invalide : ${v} attendu`,
  keys: (k) => `Champ non autorisé : ${k}`,
  invalid: 'Valeur invalide',
  multipleOf: (n) => `Le nombre doit être un multiple de ${n}`,
  types: {
    string: 'un texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'vrai ou faux',
    array: 'une liste',
    object: 'un objet',
  },
};

const EN: Words = {
  required: 'This field is required',
  type: (t) => `Invalid type: ${t} expected`,
  tooBig: {
    string: (n) => `Text too long: at most ${n} characters`,
    array: (n) => `List too long: at most ${n} items`,
    number: (n, inc) => `Number too big: ${inc ? 'at most' : 'less than'} ${n}`,
  },
  tooSmall: {
    string: (n) =>
      Number(n) <= 1 ? 'This field cannot be empty' : `Text too short: at least ${n} characters`,
    array: (n) => `List too short: at least ${n} item${Number(n) > 1 ? 's' : ''}`,
    number: (n, inc) => `Number too small: ${inc ? 'at least' : 'more than'} ${n}`,
  },
  email: 'Invalid email address',
  format: 'Invalid format',
  value: (v) => `Invalid value: ${v} expected`,
  keys: (k) => `Field not allowed: ${k}`,
  invalid: 'Invalid value',
  multipleOf: (n) => `The number must be a multiple of ${n}`,
  types: {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  },
};

const WORDS: Record<Lang, Words> = { fr: FR, en: EN };

const sized = (origin: string): Sized =>
  origin === 'string' || origin === 'array' ? origin : 'number';

/** The message of one zod issue in `lang`. */
export function zodMessage(issue: $ZodRawIssue, lang: Lang): string {
  const w = WORDS[lang];
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? w.required
        : w.type(w.types[issue.expected] ?? issue.expected);
    case 'too_big':
      return w.tooBig[sized(issue.origin)](issue.maximum, issue.inclusive ?? true);
    case 'too_small':
      return w.tooSmall[sized(issue.origin)](issue.minimum, issue.inclusive ?? true);
    case 'invalid_format':
      return issue.format === 'email' ? w.email : w.format;
    case 'invalid_value':
      return w.value(
        issue.values.map((v) => JSON.stringify(v)).join(lang === 'fr' ? ' ou ' : ' or '),
      );
    case 'unrecognized_keys':
      return w.keys(issue.keys.join(', '));
    case 'not_multiple_of':
      return w.multipleOf(issue.divisor);
    default:
      return w.invalid;
  }
}

const maps: Record<Lang, $ZodErrorMap> = {
  fr: (issue) => zodMessage(issue, 'fr'),
  en: (issue) => zodMessage(issue, 'en'),
};

/** The error map to pass to `safeParse` so zod's own messages come in `lang`. */
export const zodErrorMap = (lang: Lang): $ZodErrorMap => maps[lang];
