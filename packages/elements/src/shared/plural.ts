/**
 * Plural forms chosen by `Intl.PluralRules`, the way every catalogue words counts: in French
 * 0 and 1 take the singular, in English only 1 does. A category a language has but the
 * catalogue does not give (`many`: « 1 000 000 de… ») falls back to `other`.
 */
export interface PluralForms {
  one: string;
  other: string;
  many?: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `n` takes in `locale` (`fr`, `en`…). */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  const category = r.select(n);
  return (category === 'one' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}
