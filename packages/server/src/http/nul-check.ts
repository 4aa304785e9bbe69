/**
 * PostgreSQL cannot store the character U+0000 in text, and the schemas let it through:
 * such a field is refused with its path (400) before anything reaches the database.
 */
import type { FieldError, IssuePath } from '@coalition-kit/sdk';

const MESSAGE = {
  fr: 'Ce champ contient un caractère nul (U+0000), qui n’est pas accepté',
  en: 'This field contains a null character (U+0000), which is not accepted',
} as const;

/** The fields of `value` whose text (or key) contains U+0000. */
export function nulFields(value: unknown, lang: 'fr' | 'en', path: IssuePath = []): FieldError[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [{ path, message: MESSAGE[lang] }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => nulFields(v, lang, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k.includes('\u0000')
        ? [{ path: [...path, k], message: MESSAGE[lang] }]
        : nulFields(v, lang, [...path, k]),
    );
  }
  return [];
}
