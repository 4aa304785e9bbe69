/** The choices of the agenda's filter form: only values present in the events, none a preset rules out. */
import type { Event, Member } from '@coalition-kit/sdk';
import type { Lang } from '../shared/i18n.js';
import { parseList } from './filters.js';
import type { FilterFormContext } from './filter-form.js';
import type { AgendaMessages } from './messages.js';

/** The element's presets: a preset region or organiser leaves its list empty (not shown). */
export interface AgendaPresets {
  themes: string | undefined;
  formats: string | undefined;
  region: string | undefined;
  organizer: string | undefined;
}

export function filterChoices(
  events: readonly Event[],
  themes: readonly { id: string; label: string }[],
  members: Map<string, Member>,
  presets: AgendaPresets,
  m: AgendaMessages,
  lang: Lang,
): Pick<FilterFormContext, 'themes' | 'formats' | 'regions' | 'organizers'> {
  const present = <T>(pick: (e: Event) => T | undefined) => [
    ...new Set(events.map(pick).filter((x): x is T => x !== undefined && x !== '')),
  ];
  const presetThemes = parseList(presets.themes);
  const presetFormats = parseList(presets.formats);
  const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], lang);
  return {
    themes: themes
      .filter((t) => !presetThemes.length || presetThemes.includes(t.id))
      .map((t) => [t.id, t.label]),
    formats: present((e) => e.format)
      .filter((x) => !presetFormats.length || presetFormats.includes(x))
      .map((x): [string, string] => [x, m.formats[x]])
      .sort(byLabel),
    regions: presets.region
      ? []
      : present((e) => e.location?.region)
          .map((r): [string, string] => [r, r])
          .sort(byLabel),
    organizers: presets.organizer
      ? []
      : present((e) => e.organizer)
          .map((id): [string, string] => [id, members.get(id)?.name ?? ''])
          .filter(([, name]) => name)
          .sort(byLabel),
  };
}
