/**
 * Languages and catalogues. French first, English second. Every catalogue, the shared one
 * (`locales/fr.ts`, `locales/en.ts`) and each widget's own, has one shape: `{fr: T, en: T}`,
 * the same as the SDK's messages; plurals go through `plural()` (`Intl.PluralRules`).
 */
import { toLang, type Lang } from '@coalition-kit/sdk';
import { en } from '../locales/en.js';
import { fr, type Catalogue } from '../locales/fr.js';

export { LANGS, toLang, type Lang } from '@coalition-kit/sdk';
export type { Catalogue };

/** One catalogue: the same strings in every language. */
export type Messages<T> = Readonly<Record<Lang, T>>;

/**
 * A widget's own strings, French first: `defineMessages({fr: {...}, en: {...}})` fails to
 * compile when English misses a French key.
 */
export const defineMessages = <T>(byLang: { fr: T; en: NoInfer<T> }): Messages<T> => byLang;

/** The shared catalogue: states, errors, the agenda. */
export const sharedMessages: Messages<Catalogue> = defineMessages({ fr, en });

/** The shared strings of a language. */
export const messages = (lang: Lang): Catalogue => sharedMessages[lang];

/**
 * The language of `el`: its own `lang`, else the closest `[lang]` around it, crossing shadow
 * roots (a widget inside another component), else French.
 */
export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const value = found.getAttribute('lang');
      if (value) return toLang(value);
      node = found.parentElement;
      continue;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'fr';
}
