/**
 * `LocalizeController`: a widget's strings in the widget's own language, resolved at each
 * call (`lang` on the tag, else the closest `[lang]`, else French), never per shared client.
 * Give SDK calls `{lang: localize.lang}` so their issues and errors match.
 */
import type { ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang, type Messages } from './i18n.js';
import { plural, type PluralForms } from './plural.js';

export class LocalizeController<T> {
  readonly #host: ReactiveControllerHost & Element;
  readonly #catalogue: Messages<T>;

  constructor(host: ReactiveControllerHost & Element, catalogue: Messages<T>) {
    this.#host = host;
    this.#catalogue = catalogue;
  }

  /** The language the widget speaks now. */
  get lang(): Lang {
    return resolveLang(this.#host);
  }

  /** The strings of `lang` (default: the widget's). */
  m(lang: Lang = this.lang): T {
    return this.#catalogue[lang];
  }

  /** `forms` chosen for `n` by the plural rules of the widget's language. */
  plural(n: number, forms: PluralForms): string {
    return plural(this.lang, n, forms);
  }
}
