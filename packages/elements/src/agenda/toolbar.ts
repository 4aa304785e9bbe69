/** The agenda's toolbar (views, subscription link) and the month view's navigation. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AgendaMessages } from './messages.js';
import { heading } from '../shared/heading.js';
import { safeHref } from '../shared/safe-url.js';

export type AgendaView = 'list' | 'month' | 'past';

export interface ToolbarContext {
  m: AgendaMessages;
  view: AgendaView;
  /** `{feed}/events.ics?…`, when the feed serves it. */
  icsUrl: string | undefined;
  onView: (view: AgendaView) => void;
}

/** Toggle buttons (`aria-pressed`) for the views, and the iCalendar subscription. */
export function renderToolbar(c: ToolbarContext): TemplateResult {
  const a = c.m;
  const views: [AgendaView, string][] = [
    ['list', a.viewUpcoming],
    ['month', a.viewMonth],
    ['past', a.viewPast],
  ];
  return html`<div class="toolbar" part="toolbar">
    <div role="group" aria-label=${a.views} class="views">
      ${views.map(
        ([view, label]) =>
          html`<button
            type="button"
            class="button view"
            aria-pressed=${c.view === view ? 'true' : 'false'}
            @click=${() => c.onView(view)}
          >
            ${label}
          </button>`,
      )}
    </div>
    ${c.icsUrl ? html`<a class="subscribe" part="subscribe" href=${safeHref(c.icsUrl)}>${a.subscribe}</a>` : nothing}
  </div>`;
}

export interface MonthNavContext {
  m: AgendaMessages;
  level: number;
  /** "mars 2030" */
  title: string;
  onShift: (delta: number) => void;
}

/** Previous month, the month as a heading, next month. */
export function renderMonthNav(c: MonthNavContext): TemplateResult {
  const a = c.m;
  return html`<div class="month-nav">
    <button type="button" class="button" @click=${() => c.onShift(-1)}>
      <span aria-hidden="true">‹</span> ${a.previousMonth}
    </button>
    ${heading(c.level, 'month-heading', c.title)}
    <button type="button" class="button" @click=${() => c.onShift(1)}>
      ${a.nextMonth} <span aria-hidden="true">›</span>
    </button>
  </div>`;
}
