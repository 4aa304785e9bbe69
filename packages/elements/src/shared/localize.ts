/**
 * `LocalizeController`: a widget's strings in the widget's own language, resolved at each
 * call (`lang` on the tag, else the closest `[lang]`, else French), never per shared client.
 * English loads on first use: the controller starts loading it when the widget connects or
 * its language changes, and the widget speaks it once every catalogue it holds has it
 * (French until then, and for good if it cannot be loaded). So `lang` only ever names a
 * language whose strings are loaded: what reads strings in `lang` finds them.
 * Give SDK calls `{lang: localize.wanted}` so their issues and errors match.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang, type Messages } from './i18n.js';
import { plural, type PluralForms } from './plural.js';

type Host = ReactiveControllerHost & Element;

/** Every catalogue of each widget (the shared one and its own): it speaks a language they all have. */
const catalogues = new WeakMap<Element, Set<Messages<unknown>>>();
const all = (host: Element) => [...(catalogues.get(host) ?? [])];

/** Connected widgets: a `lang` changed on the page (an ancestor's) renders them again. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
const LANG_CHANGES = { attributes: true, attributeFilter: ['lang'], subtree: true };
/**
 * Watches the page and every shadow root around `host` (a widget inside an app's component:
 * the page's observer does not see into it); observing a root again changes nothing.
 */
function watchAround(host: Host): void {
  observer ??= new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, LANG_CHANGES);
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    observer.observe(root, LANG_CHANGES);
}

export class LocalizeController<T> implements ReactiveController {
  readonly #host: Host;
  readonly #catalogue: Messages<T>;

  constructor(host: Host, catalogue: Messages<T>) {
    this.#host = host;
    this.#catalogue = catalogue;
    const own = catalogues.get(host) ?? new Set();
    catalogues.set(host, own.add(catalogue as Messages<unknown>));
    host.addController(this);
  }

  /** The language the page asks of the widget, its strings loaded or not. */
  get wanted(): Lang {
    return resolveLang(this.#host);
  }

  /** The language the widget speaks now: the one asked for once all its strings are loaded. */
  get lang(): Lang {
    const wanted = this.wanted;
    return all(this.#host).every((c) => c.has(wanted)) ? wanted : 'fr';
  }

  /**
   * Resolves once the widget's strings in the language asked for are loaded (with the
   * language it will speak: French if they could not be); never rejects.
   */
  async ready(): Promise<Lang> {
    const wanted = this.wanted;
    const got = await Promise.all(all(this.#host).map((c) => c.load(wanted)));
    return got.every((lang) => lang === wanted) ? wanted : 'fr';
  }

  /** The strings of `lang` (default: the widget's). */
  m(lang: Lang = this.lang): T {
    return this.#catalogue[lang];
  }

  /** `forms` chosen for `n` by the plural rules of the widget's language. */
  plural(n: number, forms: PluralForms): string {
    return plural(this.lang, n, forms);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    watchAround(this.#host);
    // As soon as the language is known: in parallel with the widget's data.
    this.#load();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  hostUpdate(): void {
    this.#load();
  }

  /** Loads the language asked for if need be, then renders in it. */
  #load(): void {
    const wanted = this.wanted;
    if (this.#catalogue.has(wanted)) return;
    void this.#catalogue.load(wanted).then((got) => {
      if (got === wanted) this.#host.requestUpdate();
    });
  }
}
