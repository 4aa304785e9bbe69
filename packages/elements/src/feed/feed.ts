/** `<ck-feed>`: gives one feed client to every widget inside it. */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { Client } from '@coalition-kit/sdk';
import { clientFor } from '../shared/clients.js';
import { clientContext } from '../shared/context.js';
import { VERSION } from '../shared/version.js';

/**
 * Shares one feed client with the widgets inside it, so the page asks for each document
 * once however many widgets show it. Renders its children as they are.
 *
 * @summary Feed provider: the widgets inside share one client.
 * @tag ck-feed
 * @slot - The widgets (and any other content).
 * @attr lang - Language of the widgets inside that have no `lang` of their own (`fr` by default, `en`).
 */
export class CkFeed extends LitElement {
  static version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL prefix of the feed, e.g. `https://feed.example.org/v1`. */
  @property({ reflect: true }) src: string | undefined;

  /** A client created by code (`createClient({feed, fetch})`): wins over `src`. */
  @property({ attribute: false }) client: Client | undefined;

  /** The client the widgets inside receive. */
  @provide({ context: clientContext })
  protected providedClient: Client | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('client')) {
      let next = this.client;
      if (!next && this.src) {
        try {
          next = clientFor(this.src);
        } catch {
          next = undefined; // a non-http(s) src: the widgets show their "no feed" error
        }
      }
      this.providedClient = next;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
