/**
 * Languages and catalogues. French first, English second. Every catalogue, the shared one
 * (`locales/fr.ts`, `locales/en.ts`) and each widget's own, has one shape, read `m[lang]`,
 * the same as the SDK's messages; plurals go through `plural()` (`Intl.PluralRules`).
 * French is inline (the default language and the fallback); English may load on first use
 * (`en: () => import('./messages.en.js')`), so a French page downloads no English string.
 */
import { toLang, type Lang } from '@coalition-kit/sdk';
import { fr, type Catalogue } from '../locales/fr.js';

export { LANGS, toLang, type Lang } from '@coalition-kit/sdk';
export type { Catalogue };

/**
 * One catalogue: the same strings in every language. `m[lang]` reads them once loaded
 * (`LocalizeController` loads them and only ever names a loaded language); reading a
 * language not loaded yet throws, so a missed wait shows up at once instead of as French.
 */
export interface Messages<T> extends Readonly<Record<Lang, T>> {
  /** The strings of `lang` are there. */
  has(lang: Lang): boolean;
  /** Loads the strings of `lang`; resolves with the language obtained (French if they fail). */
  load(lang: Lang): Promise<Lang>;
}

/** The English side of `defineMessages`: the strings, or the module that holds them. */
type English<T> = T | (() => Promise<{ en: T }>);

/** One warning per page when English cannot be loaded (offline), not one per catalogue. */
let warned = false;

/**
 * A widget's own strings, French first: `defineMessages({fr: {...}, en: () => import(...)})`
 * fails to compile when English misses a French key (inline `en: {...}` works too).
 */
export function defineMessages<T>(byLang: { fr: T; en: English<NoInfer<T>> }): Messages<T> {
  const load = byLang.en;
  let en: T | undefined = typeof load === 'function' ? undefined : load;
  let loading: Promise<Lang> | undefined;
  return {
    fr: byLang.fr,
    get en(): T {
      if (en === undefined) throw new Error('Coalition Kit: English read before loading');
      return en;
    },
    has: (lang) => lang === 'fr' || en !== undefined,
    load(lang) {
      if (lang === 'fr' || en !== undefined) return Promise.resolve(lang);
      loading ??= (load as () => Promise<{ en: T }>)().then(
        (module) => ((en = module.en), 'en' as const),
        (error: unknown) => {
          if (!warned) console.warn('Coalition Kit: English not loaded, French shown', error);
          warned = true;
          return 'fr' as const;
        },
      );
      return loading;
    },
  };
}

/** The shared catalogue: what every widget says (states, errors, time words). */
export const sharedMessages: Messages<Catalogue> = defineMessages({
  fr,
  en: () => import('../locales/en.js'),
});

/** The shared strings of a language the widget speaks (`localize.lang`, loaded). */
export const messages = (lang: Lang): Catalogue => sharedMessages[lang];

/** The Intl locale of a language (dates, numbers): no catalogue needed. */
export const intlLocale = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'fr-FR');

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
