/**
 * The agenda's filter form: search, theme, format, region, organiser, dates, attendance,
 * described for the shared `renderFilterForm`. A choice a partner preset by attribute is not
 * offered again.
 */
import type { TemplateResult } from 'lit';
import type { AgendaMessages } from './messages.js';
import { renderFilterForm } from '../shared/list/filter-form.js';
import type { VisitorFilters } from './filters.js';

type Options = [string, string][];

export interface FilterFormContext {
  m: AgendaMessages;
  filters: VisitorFilters;
  /** Options as `[value, label]`; a list with fewer than two entries is not shown. */
  themes: Options;
  formats: Options;
  regions: Options;
  organizers: Options;
  /** Presets that hide their control. */
  preset: { attendance: boolean; from: boolean; to: boolean };
  onChange: (name: keyof VisitorFilters, value: string) => void;
  onReset: () => void;
}

export function renderAgendaFilters(c: FilterFormContext): TemplateResult {
  const a = c.m;
  return renderFilterForm<keyof VisitorFilters>({
    label: a.filters,
    values: c.filters,
    all: a.all,
    reset: a.resetFilters,
    onChange: c.onChange,
    onReset: c.onReset,
    fields: [
      { kind: 'search', name: 'q', label: a.search },
      { kind: 'select', name: 'theme', label: a.theme, options: c.themes },
      { kind: 'select', name: 'format', label: a.format, options: c.formats },
      { kind: 'select', name: 'region', label: a.region, options: c.regions },
      { kind: 'select', name: 'organizer', label: a.organizerFilter, options: c.organizers },
      !c.preset.from && { kind: 'date', name: 'from', label: a.dateFrom },
      !c.preset.to && { kind: 'date', name: 'to', label: a.dateTo },
      !c.preset.attendance && {
        kind: 'select',
        name: 'attendance',
        label: a.attendance,
        options: [
          ['online', a.online],
          ['in-person', a.inPerson],
        ],
      },
    ],
  });
}
