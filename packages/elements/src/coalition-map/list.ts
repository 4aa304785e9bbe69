/**
 * The list that says what the map says (RGAA's text alternative): every coalition of the
 * selection, placed on the map or not, each a button that opens the same card.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Coalition } from '@coalition-kit/sdk';
import type { PagingController } from '../shared/list/paging.js';
import type { MapAndPieceMessages } from './piece-messages.js';

export interface ListContext {
  m: MapAndPieceMessages;
  /** The selection (the list draws its page, then "show more"). */
  shown: readonly Coalition[];
  paging: PagingController;
  placed: ReadonlySet<string>;
  isOpen: (id: string) => boolean;
  card: (c: Coalition) => TemplateResult | typeof nothing;
  /** `opener`: where focus returns when its card closes. */
  onChoose: (c: Coalition, opener: string) => void;
}

/** The button of a coalition in the list. */
const itemSelector = (id: string) => `[part~="item"][data-id="${CSS.escape(id)}"] button`;

/** The note on how the list and the map relate, the page of the list, "show more". */
export function renderList(x: ListContext): TemplateResult {
  return html`<p class="note muted" part="note" id="ck-map-list-note">${x.m.listNote}</p>
    <ul class="list" part="list" aria-label=${x.m.listLabel} aria-describedby="ck-map-list-note">
      ${x.paging.visible(x.shown).map((c) => {
        const place = [c.locality, c.region].filter(Boolean).join(', ');
        const open = x.isOpen(c.id);
        return html`<li part="item" data-id=${c.id}>
          <button
            type="button"
            class="item-button"
            part="item-button"
            aria-expanded=${String(open)}
            @click=${() => x.onChoose(c, itemSelector(c.id))}
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
    </ul>
    ${x.paging.renderMore(x.shown, x.m.showMore, (c) => itemSelector(c.id))}`;
}
