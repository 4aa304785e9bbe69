/** One event of the agenda: name, when, where, format, themes, organiser, status, details. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Event, Member } from '@coalition-kit/sdk';
import { formatWhen } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import type { Lang } from '../shared/i18n.js';
import type { AgendaMessages } from './messages.js';
import { safeHref, safeUrl } from '../shared/safe-url.js';

export interface ItemContext {
  lang: Lang;
  m: AgendaMessages;
  timeZone: string;
  visitorZone: string | undefined;
  level: number;
  themeLabels: Map<string, string>;
  members: Map<string, Member>;
  open: boolean;
  onToggle: (event: Event) => void;
  onCalendar: (event: Event) => void;
}

/** "Maison de l’environnement, Lille" or "En ligne". */
export function placeText(event: Event, m: AgendaMessages): string {
  const loc = event.location;
  const where = [loc?.name, loc?.locality].filter(Boolean).join(', ');
  if (event.online && where) return `${where} · ${m.inPersonAndOnline}`;
  if (event.online) return m.onlineEvent;
  return where;
}

/** "12 rue X, 59000 Lille" */
export const addressText = (event: Event) => {
  const loc = event.location;
  if (!loc) return '';
  const city = [loc.postalCode, loc.locality].filter(Boolean).join(' ');
  return [loc.address, city].filter(Boolean).join(', ');
};

export const itemDomId = (event: Event) =>
  `ck-event-${encodeURIComponent(event.id).replace(/%/g, '_')}`;

export function renderEventItem(event: Event, c: ItemContext): TemplateResult {
  const { m } = c;
  const status = event.status;
  const place = placeText(event, m);
  const themes = (event.themes ?? []).map((id) => c.themeLabels.get(id)).filter(Boolean);
  const organizer = event.organizer ? c.members.get(event.organizer) : undefined;
  const detailsId = `${itemDomId(event)}-details`;
  const address = addressText(event);
  const register = safeUrl(event.url);
  const online = safeUrl(event.online?.url);
  const hidden = html`<span class="visually-hidden">${m.of(event.name)}</span>`;
  // The status is said in words inside the heading, so it is heard with the name.
  const title =
    status === 'scheduled'
      ? event.name
      : html`<span part="status" class="status">${m.status[status]}</span
          ><span class="visually-hidden">${m.statusSeparator}</span>
          <span class="name">${event.name}</span>`;
  return html`<li part="item" class="event status-${status}" id=${itemDomId(event)}>
    ${heading(c.level, 'item-title', title)}
    <p class="when">
      <time datetime=${event.startDate}>${formatWhen(event.startDate, event.endDate, c)}</time>
    </p>
    ${place ? html`<p class="place" part="item-place">${place}</p>` : nothing}
    ${
      event.format || themes.length
        ? html`<ul class="tags" part="item-tags">
            ${event.format ? html`<li class="tag format">${m.formats[event.format]}</li>` : nothing}
            ${themes.map((t) => html`<li class="tag">${t}</li>`)}
          </ul>`
        : nothing
    }
    ${organizer ? html`<p class="organizer">${m.organizer} ${organizer.name}</p>` : nothing}
    <button
      type="button"
      class="disclosure"
      part="details-button"
      aria-expanded=${c.open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${() => c.onToggle(event)}
    >
      ${m.details}${hidden}
    </button>
    <div id=${detailsId} class="details" part="details" ?hidden=${!c.open}>
      ${
        c.open
          ? html`${event.description ? html`<p class="description">${event.description}</p>` : nothing}
              ${address ? html`<p><span class="label">${m.address}</span> ${address}</p>` : nothing}
              <p class="actions">
                ${register ? html`<a part="link" href=${safeHref(register)} rel="noopener">${m.register}${hidden}</a>` : nothing}
                ${
                  online && online !== register
                    ? html`<a part="link" href=${safeHref(online)} rel="noopener"
                        >${m.joinOnline}${hidden}</a
                      >`
                    : nothing
                }
                <button
                  type="button"
                  class="button"
                  part="calendar-button"
                  @click=${() => c.onCalendar(event)}
                >
                  ${m.addToCalendar}${hidden}
                </button>
              </p>`
          : nothing
      }
    </div>
  </li>`;
}
