/** Language of a widget and its messages. French first, English second. */
import { en } from '../locales/en.js';
import { fr, type Catalogue } from '../locales/fr.js';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** `en`, `en-GB`… are English; anything else (or nothing) is French. */
export const toLang = (value: string | null | undefined): Lang =>
  value?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';

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

const catalogues: Record<Lang, Catalogue> = { fr, en };

/** The shared catalogue of a language. */
export const messages = (lang: Lang): Catalogue => catalogues[lang];

/**
 * A widget's own strings, French first: `defineMessages({fr: {...}, en: {...}})` fails to
 * compile when English misses a French key. Returns a lookup by language.
 */
export function defineMessages<T>(byLang: { fr: T; en: NoInfer<T> }): (lang: Lang) => T {
  return (lang) => byLang[lang];
}
