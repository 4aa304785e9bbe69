/**
 * The directory as the widget keeps it: each member folded for search once (on the first
 * search, not at each keystroke, and not before the first screen), its coalitions gathered
 * from both documents, and the two orders (by name with French collation, newest first)
 * computed once each. Filtering a keystroke is then one pass of `includes` over sorted members.
 */
import {
  matchesSearch,
  searchText,
  searchWords,
  type Coalition,
  type FeedIssue,
  type Member,
  type MemberKind,
} from '@coalition-kit/sdk';

export const SORTS = ['name', 'newest'] as const;
export type MemberSort = (typeof SORTS)[number];

/** A member and what filtering it needs, folded once, the first time a filter asks. */
export class Entry {
  readonly member: Member;
  /** Ids of the coalitions it belongs to (its own list and the coalitions' member lists). */
  readonly coalitions: readonly string[];
  #text: string | undefined;
  #region: string | undefined;

  constructor(member: Member, coalitions: readonly string[]) {
    this.member = member;
    this.coalitions = coalitions;
  }

  /** Name, description and locality, folded by `searchText`. */
  get text(): string {
    const m = this.member;
    return (this.#text ??= searchText(`${m.name} ${m.description ?? ''} ${m.locality ?? ''}`));
  }

  /** The region, folded: `region="hauts de france"` finds "Hauts-de-France". */
  get region(): string {
    return (this.#region ??= searchText(this.member.region ?? ''));
  }
}

export interface Directory {
  /** Sorted by name (French collation). */
  byName: Entry[];
  /** Newest first (`joinedAt`), members without a date last, ties by name; sorted on first use. */
  readonly byNewest: Entry[];
  coalitions: Map<string, Coalition>;
  issues: FeedIssue[];
}

// The bound `compare` of one collator, made on first use: making it costs several ms (the
// collation data), better spent while the feed downloads than before it is even asked for.
let compare: Intl.Collator['compare'] | undefined;

/** Compares names the French way: "École" with the E's, "Œuvres" with the O's. */
export const compareNames = (a: string, b: string) =>
  (compare ??= new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare)(a, b);

const NONE: readonly string[] = [];

export function buildDirectory(
  members: readonly Member[],
  coalitions: readonly Coalition[],
  issues: FeedIssue[] = [],
): Directory {
  const inCoalitions = new Map<string, Set<string>>();
  for (const c of coalitions)
    for (const id of c.members ?? []) {
      const set = inCoalitions.get(id) ?? new Set<string>();
      inCoalitions.set(id, set.add(c.id));
    }
  const byName = members.map((member) => {
    const listed = inCoalitions.get(member.id);
    // The feed's lists have no duplicates (the schema says so): only a merge needs a set.
    return new Entry(
      member,
      listed
        ? [...new Set([...(member.coalitions ?? []), ...listed])]
        : (member.coalitions ?? NONE),
    );
  });
  // Feeds often list members by name already: then one pass checks it, no sort is needed.
  const byNameCompare = (a: Entry, b: Entry) => compareNames(a.member.name, b.member.name);
  if (!isSorted(byName, byNameCompare)) byName.sort(byNameCompare);
  let byNewest: Entry[] | undefined;
  return {
    byName,
    get byNewest() {
      // Array sort is stable: equal dates keep the name order.
      if (!byNewest) {
        const joined = new Map(byName.map((e) => [e, joinedTime(e.member)]));
        byNewest = [...byName].sort((a, b) => joined.get(b)! - joined.get(a)!);
      }
      return byNewest;
    },
    coalitions: new Map(coalitions.map((c) => [c.id, c])),
    issues,
  };
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}

const joinedTime = (m: Member) => {
  const t = m.joinedAt ? Date.parse(m.joinedAt) : NaN;
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** What narrows the list: a partner's presets and the visitor's choices alike. */
export interface MemberFilter {
  kinds?: readonly string[];
  themes?: readonly string[];
  /** Folded by `searchText`. */
  region?: string;
  coalition?: string;
  /** Words to find (folded by `searchWords`). */
  words?: readonly string[];
}

/** The visitor's choices in the filter form; empty string = any. */
export interface VisitorFilters {
  q: string;
  kind: string;
  theme: string;
  region: string;
  coalition: string;
}

export const NO_FILTERS: VisitorFilters = { q: '', kind: '', theme: '', region: '', coalition: '' };

export const hasVisitorFilters = (f: VisitorFilters) =>
  Object.values(f).some((v) => v.trim() !== '');

/** The visitor's choices as a filter. */
export const visitorFilter = (f: VisitorFilters): MemberFilter => ({
  ...(f.kind && { kinds: [f.kind] }),
  ...(f.theme && { themes: [f.theme] }),
  ...(f.region && { region: searchText(f.region) }),
  ...(f.coalition && { coalition: f.coalition }),
  words: searchWords(f.q),
});

const anyOf = (
  wanted: readonly string[] | undefined,
  have: readonly string[] | string | undefined,
) =>
  !wanted?.length ||
  (typeof have === 'string' ? wanted.includes(have) : (have ?? []).some((x) => wanted.includes(x)));

/** Does the entry pass `f`? (`except`: ignore that criterion, for the counts beside a filter.) */
export function matches(e: Entry, f: MemberFilter, except?: 'kinds'): boolean {
  const m = e.member;
  return (
    (except === 'kinds' || anyOf(f.kinds, m.kind)) &&
    anyOf(f.themes, m.themes) &&
    (!f.region || e.region === f.region) &&
    (!f.coalition || e.coalitions.includes(f.coalition)) &&
    // No words: the text is not even folded (the first screen needs none).
    (!f.words?.length || matchesSearch(e.text, f.words))
  );
}

/** The members passing every filter, in the order of `sort` (no filter: the sorted list itself). */
export function selectMembers(
  d: Directory,
  filters: readonly MemberFilter[],
  sort: MemberSort,
): readonly Entry[] {
  const sorted = sort === 'newest' ? d.byNewest : d.byName;
  // A filter of empty lists and texts keeps everyone: not worth a pass.
  const active = filters.filter((f) =>
    Object.values(f).some((v?: string | readonly string[]) => v?.length),
  );
  return active.length ? sorted.filter((e) => active.every((f) => matches(e, f))) : sorted;
}

/** How many members of each kind pass every filter but the kind. */
export function countKinds(
  d: Directory,
  filters: readonly MemberFilter[],
): Map<MemberKind, number> {
  const counts = new Map<MemberKind, number>();
  for (const e of d.byName)
    if (filters.every((f) => matches(e, f, 'kinds')))
      counts.set(e.member.kind, (counts.get(e.member.kind) ?? 0) + 1);
  return counts;
}
