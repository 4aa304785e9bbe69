/**
 * The calendar grid of the month view: a table of weeks (Monday first) where each day with
 * events is a button that takes focus to that day in the list below. The list stays the
 * content; the grid is a way to jump in it, so screen-reader users lose nothing without it.
 */
import { css, html, type TemplateResult } from 'lit';
import { addStyles } from '../shared/add-styles.js';
import type { Lang } from '../shared/i18n.js';
import { formatDay } from '../shared/format.js';
import { intlLocale } from '../shared/i18n.js';
import type { AgendaMessages } from './messages.js';

export interface MonthGridContext {
  /** `2030-03` */
  month: string;
  lang: Lang;
  /** The agenda's strings in `lang`. */
  m: AgendaMessages;
  /** Events per day key (`2030-03-14` → 2). */
  counts: Map<string, number>;
  onPick: (day: string) => void;
}

/** The grid's rules, added to the agenda's shadow root with the grid (the list view has no grid). */
const monthGridStyles = css`
  .month-grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    text-align: center;
  }
  .month-grid th {
    padding: 0.25em 0;
    color: var(--_ck-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .month-grid td {
    height: 2.75em;
    padding: 1px;
    border: 1px solid var(--_ck-surface);
    vertical-align: middle;
  }
  .day-number {
    color: var(--_ck-muted);
  }
  .day-button {
    display: inline-grid;
    justify-items: center;
    width: 100%;
    min-width: 24px;
    min-height: 2.5em;
    padding: 0;
    border: 0;
    border-radius: var(--_ck-radius);
    background: var(--_ck-primary);
    color: var(--_ck-on-primary);
    font-weight: 700;
    line-height: 1.1;
    cursor: pointer;
  }
  .day-button .count {
    font-size: 0.75em;
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .day-button {
      border: 1px solid ButtonText;
    }
  }
`;

/** Makes `root` (the agenda's shadow root) ready to show the grid. */
export const styleMonthGrid = (root: ShadowRoot) => addStyles(root, monthGridStyles);

const weekdayFormats = new Map<string, { short: string; long: string }[]>();

/** Monday to Sunday, short and long names. */
function weekdays(lang: Lang): { short: string; long: string }[] {
  let names = weekdayFormats.get(lang);
  if (!names) {
    const locale = intlLocale(lang);
    const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    names = Array.from({ length: 7 }, (_, i) => {
      const d = new Date(Date.UTC(2024, 0, 1 + i));
      return { short: short.format(d), long: long.format(d) };
    });
    weekdayFormats.set(lang, names);
  }
  return names;
}

/** The weeks of a month: 7 day keys per row, `null` outside the month. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = Array.from({ length: offset }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export function renderMonthGrid(c: MonthGridContext): TemplateResult {
  const { m } = c;
  return html`<table class="month-grid" part="month-grid">
    <thead>
      <tr>
        ${weekdays(c.lang).map((w) => html`<th scope="col" abbr=${w.long}>${w.short}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${monthWeeks(c.month).map(
        (week) =>
          html`<tr>
            ${week.map((day) => {
              if (!day) return html`<td></td>`;
              const n = c.counts.get(day) ?? 0;
              const number = Number(day.slice(8));
              return n
                ? html`<td class="has-events">
                    <button type="button" class="day-button" @click=${() => c.onPick(day)}>
                      <span aria-hidden="true">${number}</span>
                      <span class="count" aria-hidden="true">${n}</span>
                      <span class="visually-hidden"
                        >${formatDay(day, c.lang)}${m.of(m.eventCount(n))}</span
                      >
                    </button>
                  </td>`
                : html`<td><span class="day-number">${number}</span></td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
