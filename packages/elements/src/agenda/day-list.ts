/** The agenda's list: the events shown, grouped by day under a heading each. */
import { html, type TemplateResult } from 'lit';
import type { Event } from '@coalition-kit/sdk';
import { formatDay } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import type { Lang } from '../shared/i18n.js';
import { groupByDay } from './group.js';

export function renderDayList(
  visible: readonly Event[],
  timeZone: string,
  lang: Lang,
  label: string,
  dayLevel: number,
  item: (e: Event) => TemplateResult,
): TemplateResult {
  return html`<ol class="days" part="list" data-focus-after-retry tabindex="-1" aria-label=${label}>
    ${groupByDay(visible, timeZone).map(
      (g) =>
        html`<li class="day" data-day=${g.day}>
          ${heading(dayLevel, 'day-heading', html`<time datetime=${g.day}>${formatDay(g.day, lang)}</time>`)}
          <ul class="events">
            ${g.events.map(item)}
          </ul>
        </li>`,
    )}
  </ol>`;
}
