/**
 * The map's filters: presets from attributes (what a partner fixes) and the visitor's choices
 * (the form). A coalition is shown, on the map and in the list alike, when it passes both.
 */
import {
  COALITION_SCOPES,
  COALITION_STATUSES,
  matchCoalition,
  matchesSearch,
  searchText,
  searchWords,
  type Coalition,
  type CoalitionQuery,
  type CoalitionScope,
  type CoalitionStatus,
} from '@coalition-kit/sdk';
import { parseList } from '../shared/list/parse-list.js';

export interface MapFilters {
  q: string;
  theme: string;
  scope: string;
  status: string;
  region: string;
}

export const NO_MAP_FILTERS: MapFilters = { q: '', theme: '', scope: '', status: '', region: '' };

export interface MapPresets {
  themes?: string | undefined;
  scope?: string | undefined;
  status?: string | undefined;
  region?: string | undefined;
  q?: string | undefined;
}

const known = <T extends string>(values: readonly T[], list: string[]) =>
  list.filter((v): v is T => (values as readonly string[]).includes(v));

/** The structured part of presets and choices (text search is matched apart, see below). */
function query(p: MapPresets, f: MapFilters): { preset: CoalitionQuery; visitor: CoalitionQuery } {
  const preset: CoalitionQuery = {};
  const themes = parseList(p.themes);
  const scopes = known<CoalitionScope>(COALITION_SCOPES, parseList(p.scope));
  const statuses = known<CoalitionStatus>(COALITION_STATUSES, parseList(p.status));
  if (themes.length) preset.themes = themes;
  if (scopes.length) preset.scopes = scopes;
  if (statuses.length) preset.status = statuses;
  if (p.region?.trim()) preset.region = p.region.trim();
  const visitor: CoalitionQuery = {};
  if (f.theme) visitor.themes = [f.theme];
  if (f.scope) visitor.scopes = known<CoalitionScope>(COALITION_SCOPES, [f.scope]);
  if (f.status) visitor.status = known<CoalitionStatus>(COALITION_STATUSES, [f.status]);
  if (f.region) visitor.region = f.region;
  return { preset, visitor };
}

/** What a coalition's text search looks at: its names, places, and its members' names. */
export const searchable = (c: Coalition, memberNames: ReadonlyMap<string, string>) => [
  c.name,
  c.objective,
  c.locality,
  c.region,
  ...(c.otherMembers ?? []),
  ...(c.members ?? []).map((id) => memberNames.get(id)),
];

// Folded once per coalition and members document, not at each keystroke.
const folded = new WeakMap<Coalition, { names: ReadonlyMap<string, string>; text: string }>();
function foldedText(c: Coalition, memberNames: ReadonlyMap<string, string>): string {
  const known = folded.get(c);
  if (known?.names === memberNames) return known.text;
  const text = searchText(searchable(c, memberNames).filter(Boolean).join(' '));
  folded.set(c, { names: memberNames, text });
  return text;
}

/** The coalitions passing presets and choices, in the feed's order. */
export function selectCoalitions(
  all: readonly Coalition[],
  presets: MapPresets,
  filters: MapFilters,
  memberNames: ReadonlyMap<string, string>,
): Coalition[] {
  const { preset, visitor } = query(presets, filters);
  const words = [...searchWords(presets.q ?? ''), ...searchWords(filters.q)];
  return all.filter(
    (c) =>
      matchCoalition(c, preset) &&
      matchCoalition(c, visitor) &&
      (!words.length || matchesSearch(foldedText(c, memberNames), words)),
  );
}
