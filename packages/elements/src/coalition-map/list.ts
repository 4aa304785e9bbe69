/**
 * The list that says what the map says (RGAA's text alternative): every coalition of the
 * selection, placed on the map or not, each a button that opens the same card.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Coalition } from '@coalition-kit/sdk';
import type { MapMessages } from './messages.js';

export interface ListContext {
  m: MapMessages;
  /** The page of the selection to draw. */
  visible: readonly Coalition[];
  placed: ReadonlySet<string>;
  isOpen: (id: string) => boolean;
  card: (c: Coalition) => TemplateResult | typeof nothing;
  onChoose: (c: Coalition) => void;
}

export function renderList(x: ListContext): TemplateResult {
  return html`<ul
    class="list"
    part="list"
    aria-label=${x.m.listLabel}
    aria-describedby="ck-map-list-note"
  >
    ${x.visible.map((c) => {
      const place = [c.locality, c.region].filter(Boolean).join(', ');
      const open = x.isOpen(c.id);
      return html`<li part="item" data-id=${c.id}>
        <button
          type="button"
          class="item-button"
          part="item-button"
          aria-expanded=${String(open)}
          @click=${() => x.onChoose(c)}
        >
          <span class="name">${c.name}</span>
        </button>
        <span class="muted item-meta"
          >${place || nothing}${place ? ' · ' : nothing}${x.m.statuses[c.status]}${
            x.placed.has(c.id) ? nothing : html` · ${x.m.notOnMap}`
          }</span
        >
        ${open ? x.card(c) : nothing}
      </li>`;
    })}
  </ul>`;
}
