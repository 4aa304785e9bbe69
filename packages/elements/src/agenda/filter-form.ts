/**
 * The visitor's filter form: search, theme, format, region, organiser, dates, attendance.
 * A choice a partner preset by attribute is not offered again. Changing a filter never moves
 * focus; the live region says how many events match.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../locales/fr.js';
import { hasVisitorFilters, type VisitorFilters } from './filters.js';

export interface FilterFormContext {
  m: Catalogue;
  filters: VisitorFilters;
  /** Options as `[value, label]`; a list with fewer than two entries is not shown. */
  themes: [string, string][];
  formats: [string, string][];
  regions: [string, string][];
  organizers: [string, string][];
  /** Presets that hide their control. */
  preset: { attendance: boolean; from: boolean; to: boolean };
  onChange: (name: keyof VisitorFilters, value: string) => void;
  onReset: () => void;
}

export function renderFilterForm(c: FilterFormContext): TemplateResult {
  const { m, filters: f } = c;
  const a = m.agenda;
  const changed = (e: Event) => {
    const control = e.target as HTMLInputElement | HTMLSelectElement;
    c.onChange(control.name as keyof VisitorFilters, control.value);
  };
  const select = (name: keyof VisitorFilters, label: string, options: [string, string][]) =>
    options.length < 2
      ? nothing
      : html`<div class="field">
          <label for="ck-filter-${name}">${label}</label>
          <select id="ck-filter-${name}" name=${name} @change=${changed}>
            <option value="" ?selected=${!f[name]}>${a.all}</option>
            ${options.map(([value, text]) => html`<option value=${value} ?selected=${f[name] === value}>${text}</option>`)}
          </select>
        </div>`;
  const date = (name: 'from' | 'to', label: string) =>
    c.preset[name]
      ? nothing
      : html`<div class="field date">
          <label for="ck-filter-${name}">${label}</label>
          <input
            id="ck-filter-${name}"
            type="date"
            name=${name}
            .value=${f[name]}
            @change=${changed}
          />
        </div>`;
  return html`<form
    class="filters"
    part="filters"
    role="search"
    aria-label=${a.filters}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <div class="field search">
      <label for="ck-filter-q">${a.search}</label>
      <input
        id="ck-filter-q"
        type="search"
        name="q"
        .value=${f.q}
        @input=${changed}
        autocomplete="off"
      />
    </div>
    ${select('theme', a.theme, c.themes)} ${select('format', a.format, c.formats)}
    ${select('region', a.region, c.regions)} ${select('organizer', a.organizerFilter, c.organizers)}
    ${date('from', a.dateFrom)} ${date('to', a.dateTo)}
    ${
      c.preset.attendance
        ? nothing
        : select('attendance', a.attendance, [
            ['online', a.online],
            ['in-person', a.inPerson],
          ])
    }
    ${
      hasVisitorFilters(f)
        ? html`<button type="button" class="button reset" @click=${c.onReset}>
            ${a.resetFilters}
          </button>`
        : nothing
    }
  </form>`;
}
