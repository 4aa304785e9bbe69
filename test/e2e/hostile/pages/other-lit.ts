/**
 * The host's own Lit app (another copy of Lit, with its `lit-html` Trusted Types policy) and
 * another policy of the host, `host-app`: our widgets must live beside both.
 */
import { LitElement, html } from 'lit';

const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, r: object): unknown } })
  .trustedTypes;
tt?.createPolicy('host-app', { createHTML: (s: string) => s });

class HostAppCard extends LitElement {
  override render() {
    return html`<p>Application de l’hôte (un autre Lit).</p>`;
  }
}
customElements.define('host-app-card', HostAppCard);
