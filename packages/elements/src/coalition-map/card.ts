/**
 * A coalition's card: name, objective, kind, status, themes, members by name, operating mode,
 * actions, public contact channels. The same card opens from the map and from the list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Coalition } from '@coalition-kit/sdk';
import { formatDay } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import type { Lang } from '../shared/i18n.js';
import { safeHref, safeMailto } from '../shared/safe-url.js';
import type { MapAndPieceMessages } from './piece-messages.js';

export interface CardContext {
  lang: Lang;
  m: MapAndPieceMessages;
  level: number;
  themeLabels: ReadonlyMap<string, string>;
  memberNames: ReadonlyMap<string, string>;
  onClose: () => void;
}

/** Members of `members.json` by name, then the others; unknown ids are left out. */
export const memberNamesOf = (c: Coalition, names: ReadonlyMap<string, string>) => [
  ...(c.members ?? []).map((id) => names.get(id)).filter((n): n is string => Boolean(n)),
  ...(c.otherMembers ?? []),
];

const section = (title: string, body: unknown) =>
  html`<div class="card-section">
    <dt>${title}</dt>
    <dd>${body}</dd>
  </div>`;

/** Id of the open card's title (one card at a time). */
export const CARD_HEADING_ID = 'ck-map-card-title';

export function renderCard(c: Coalition, x: CardContext): TemplateResult {
  const { m, lang } = x;
  const members = memberNamesOf(c, x.memberNames);
  const themes = (c.themes ?? []).map((t) => x.themeLabels.get(t) ?? t);
  const place = [c.locality, c.region].filter(Boolean).join(', ');
  const web = c.contact?.url ? safeHref(c.contact.url) : nothing;
  const mail = c.contact?.email ? safeMailto(c.contact.email) : nothing;
  return html`<section class="card" part="card" aria-labelledby=${CARD_HEADING_ID} data-id=${c.id}>
    <div class="card-head">
      ${heading(x.level, 'card-title', c.name, CARD_HEADING_ID)}
      <button type="button" class="button close" part="close-button" @click=${x.onClose}>
        ${m.close}
      </button>
    </div>
    <p class="tags" part="card-tags">
      <span class="tag">${m.scopes[c.scope]}</span>
      <span class="tag status-${c.status}">${m.statuses[c.status]}</span>
    </p>
    <dl>
      ${section(m.objective, c.objective)} ${place ? section(m.place, place) : nothing}
      ${themes.length ? section(m.themes, themes.join(', ')) : nothing}
      ${
        members.length
          ? section(
              m.members,
              html`<ul class="members">
                ${members.map((n) => html`<li>${n}</li>`)}
              </ul>`,
            )
          : nothing
      }
      ${c.operatingMode ? section(m.operatingMode, c.operatingMode) : nothing}
      ${
        c.actions?.length
          ? section(
              m.actions,
              html`<ul class="actions">
                ${c.actions.map(
                  (a) =>
                    html`<li>
                      ${a.title}
                      <span class="muted"
                        >(${m.actionStatuses[a.status]}${a.date ? html`, <time datetime=${a.date}>${formatDay(a.date.slice(0, 10), lang)}</time>` : nothing})</span
                      >
                    </li>`,
                )}
              </ul>`,
            )
          : nothing
      }
      ${
        web !== nothing || mail !== nothing
          ? section(
              m.contact,
              html`<ul class="contact">
                ${web !== nothing ? html`<li><a part="link" href=${web} rel="noopener noreferrer">${m.website}</a></li>` : nothing}
                ${mail !== nothing ? html`<li><a part="link" href=${mail}>${c.contact?.email}</a></li>` : nothing}
              </ul>`,
            )
          : nothing
      }
    </dl>
  </section>`;
}
