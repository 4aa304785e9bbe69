/** One member of the directory: logo, name, kind, locality, themes, description, website, details. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Coalition, Event, Member } from '@coalition-kit/sdk';
import { dayKey, formatDay, formatMonth } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import type { Lang } from '../shared/i18n.js';
import { safeHref, safeUrl } from '../shared/safe-url.js';
import type { Entry } from './directory.js';
import { renderLogo } from './logo.js';
import type { MemberMessages } from './messages.js';

/** The events of the details: still loading, failed, or each organiser's upcoming ones. */
export type UpcomingEvents = 'loading' | 'error' | Map<string, Event[]>;

export interface ItemContext {
  lang: Lang;
  m: MemberMessages;
  level: number;
  timeZone: string;
  themeLabels: Map<string, string>;
  coalitions: Map<string, Coalition>;
  /** The logo's allowed URL, `null` for initials. */
  logo: (member: Member) => string | null;
  onLogoError: (member: Member) => void;
  open: boolean;
  events: UpcomingEvents | undefined;
  onToggle: (member: Member) => void;
}

export const memberDomId = (m: Member) =>
  `ck-member-${encodeURIComponent(m.id).replace(/[^\w-]/g, '_')}`;

export function renderMemberItem(e: Entry, c: ItemContext): TemplateResult {
  const { member } = e;
  const { m } = c;
  const id = memberDomId(member);
  const themes = (member.themes ?? []).map((t) => c.themeLabels.get(t)).filter(Boolean);
  const site = safeUrl(member.url);
  const hidden = html`<span class="visually-hidden">${m.of(member.name)}</span>`;
  const facts = [m.kinds[member.kind], member.locality].filter(Boolean).join(' · ');
  return html`<li part="item" class="member" id=${id}>
    <div class="head">
      ${renderLogo({
        name: member.name,
        src: c.logo(member),
        alt: m.logo(member.name),
        onError: () => c.onLogoError(member),
      })}
      <div class="identity">
        ${heading(c.level, 'item-title', member.name)}
        <p class="facts" part="item-kind">${facts}</p>
      </div>
    </div>
    ${
      themes.length
        ? html`<ul class="tags" part="item-tags">
            ${themes.map((t) => html`<li class="tag">${t}</li>`)}
          </ul>`
        : nothing
    }
    ${member.description ? html`<p class="description" part="item-description">${member.description}</p>` : nothing}
    <div class="actions">
      ${site ? html`<p class="site"><a part="link" href=${safeHref(site)} rel="noopener">${m.website}${hidden}</a></p>` : nothing}
      <button
        type="button"
        class="disclosure"
        part="details-button"
        aria-expanded=${c.open ? 'true' : 'false'}
        aria-controls=${`${id}-details`}
        @click=${() => c.onToggle(member)}
      >
        ${m.details}${hidden}
      </button>
    </div>
    <div id=${`${id}-details`} class="details" part="details" ?hidden=${!c.open}>
      ${c.open ? renderDetails(e, c) : nothing}
    </div>
  </li>`;
}

function renderDetails(e: Entry, c: ItemContext): TemplateResult {
  const { m } = c;
  const coalitions = e.coalitions
    .map((id) => c.coalitions.get(id)?.name)
    .filter((name): name is string => Boolean(name));
  const joined = e.member.joinedAt;
  return html`${joined ? html`<p class="joined">${m.joined(formatMonth(joined.slice(0, 7), c.lang))}</p>` : nothing}
    ${
      coalitions.length
        ? html`<p class="label">${m.coalitions}</p>
            <ul class="coalitions" part="coalitions">
              ${coalitions.map((name) => html`<li>${name}</li>`)}
            </ul>`
        : nothing
    }
    <p class="label">${m.events}</p>
    ${renderEvents(e.member, c)}`;
}

function renderEvents(member: Member, c: ItemContext): TemplateResult {
  const { m } = c;
  if (c.events === undefined || c.events === 'loading')
    return html`<p class="muted">${m.eventsLoading}</p>`;
  if (c.events === 'error') return html`<p class="muted">${m.eventsError}</p>`;
  const events = c.events.get(member.id) ?? [];
  if (!events.length) return html`<p class="muted">${m.noEvents}</p>`;
  return html`<ul class="upcoming" part="events">
    ${events.map((ev) => {
      const day = dayKey(ev.startDate, c.timeZone);
      return html`<li>
        <time datetime=${day}>${formatDay(day, c.lang)}</time> ·
        ${safeUrl(ev.url) ? html`<a href=${safeHref(ev.url)} rel="noopener">${ev.name}</a>` : ev.name}
      </li>`;
    })}
  </ul>`;
}
