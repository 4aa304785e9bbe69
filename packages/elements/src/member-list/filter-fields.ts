/** The member list's filter form: kinds (with counts), themes, regions, coalitions present. */
import type { Member, MemberKind } from '@coalition-kit/sdk';
import type { FilterFormOptions } from '../shared/list/filter-form.js';
import {
  compareNames,
  countKinds,
  visitorFilter,
  type Directory,
  type MemberFilter,
  type VisitorFilters,
} from './directory.js';
import type { MemberMessages } from './messages.js';

/** The fields, with only the choices present and not ruled out by the partner's `presets`. */
export function memberFilterFields(
  d: Directory,
  presets: MemberFilter,
  filters: VisitorFilters,
  collectiveThemes: readonly { id: string; label: string }[],
  m: MemberMessages,
): FilterFormOptions<keyof VisitorFilters>['fields'] {
  const members = d.byName.map((e) => e.member);
  const present = (pick: (mb: Member) => readonly string[] | string | undefined) =>
    new Set(members.flatMap((mb) => pick(mb) ?? []));
  const byLabel = (a: readonly [string, string], b: readonly [string, string]) =>
    compareNames(a[1], b[1]);
  const kindCounts = countKinds(d, [presets, visitorFilter({ ...filters, kind: '' })]);
  const kinds = [...present((mb) => mb.kind)]
    .filter((k) => !presets.kinds?.length || presets.kinds.includes(k))
    .map((k): [string, string] => [
      k,
      m.withCount(m.kinds[k as MemberKind], kindCounts.get(k as MemberKind) ?? 0),
    ])
    .sort(byLabel);
  const themesPresent = present((mb) => mb.themes);
  const themes = collectiveThemes
    .filter((t) => themesPresent.has(t.id))
    .filter((t) => !presets.themes?.length || presets.themes.includes(t.id))
    .map((t): [string, string] => [t.id, t.label]);
  const regions = presets.region
    ? []
    : [...present((mb) => mb.region)].map((r): [string, string] => [r, r]).sort(byLabel);
  const coalitions = presets.coalition
    ? []
    : [...d.coalitions.values()]
        .filter((c) => d.byName.some((e) => e.coalitions.includes(c.id)))
        .map((c): [string, string] => [c.id, c.name])
        .sort(byLabel);
  return [
    { kind: 'search', name: 'q', label: m.search },
    { kind: 'select', name: 'kind', label: m.kind, options: kinds },
    { kind: 'select', name: 'theme', label: m.theme, options: themes },
    { kind: 'select', name: 'region', label: m.region, options: regions },
    { kind: 'select', name: 'coalition', label: m.coalition, options: coalitions },
  ];
}
