/** The map's filter form: its fields, with only the choices present in the data and the presets. */
import type { Coalition } from '@coalition-kit/sdk';
import type { FilterFormOptions } from '../shared/list/filter-form.js';
import { parseList } from '../shared/list/parse-list.js';
import type { MapFilters } from './filters.js';
import type { MapMessages } from './messages.js';

export type FilterFields = FilterFormOptions<keyof MapFilters>['fields'];

/** The element's presets: they narrow the choices, and a preset region hides its field. */
export interface MapPresets {
  themes: string | undefined;
  scope: string | undefined;
  status: string | undefined;
  region: string | undefined;
}

export function mapFilterFields(
  coalitions: readonly Coalition[],
  m: MapMessages,
  lang: 'fr' | 'en',
  themeLabels: ReadonlyMap<string, string>,
  presets: MapPresets,
): FilterFields {
  const presetThemes = parseList(presets.themes);
  const presetScopes = parseList(presets.scope);
  const presetStatuses = parseList(presets.status);
  const byLabel = (a: readonly [string, string], b: readonly [string, string]) =>
    a[1].localeCompare(b[1], lang);
  const presentOf = (pick: (c: Coalition) => (string | undefined)[]) => [
    ...new Set(coalitions.flatMap(pick).filter((v): v is string => Boolean(v))),
  ];
  const keep = (preset: string[]) => (v: string) => !preset.length || preset.includes(v);
  return [
    { kind: 'search', name: 'q', label: m.search },
    {
      kind: 'select',
      name: 'theme',
      label: m.theme,
      options: presentOf((c) => c.themes ?? [])
        .filter(keep(presetThemes))
        .map((t): [string, string] => [t, themeLabels.get(t) ?? t])
        .sort(byLabel),
    },
    {
      kind: 'select',
      name: 'scope',
      label: m.scope,
      options: presentOf((c) => [c.scope])
        .filter(keep(presetScopes))
        .map((s): [string, string] => [s, m.scopes[s as Coalition['scope']]]),
    },
    {
      kind: 'select',
      name: 'status',
      label: m.status,
      options: presentOf((c) => [c.status])
        .filter(keep(presetStatuses))
        .map((s): [string, string] => [s, m.statuses[s as Coalition['status']]]),
    },
    !presets.region && {
      kind: 'select',
      name: 'region',
      label: m.region,
      options: presentOf((c) => [c.region])
        .map((r): [string, string] => [r, r])
        .sort(byLabel),
    },
  ];
}
