/** The strings of `<ck-member-list>` in English: loaded only when one speaks English (French is in `messages.ts`). */
import { formatNumber } from '../shared/format.js';
import { plural } from '../shared/plural.js';
import type { MemberMessages } from './messages.js';

/** Counts can reach thousands: "10 000" / "10,000". */
const num = (n: number) => formatNumber(n, 'en');

export const en: MemberMessages = {
  label: 'Engaged organisations',
  error: 'The list of engaged organisations could not be loaded.',
  empty: 'No engaged organisation yet.',
  noMatch: 'No organisation matches these criteria.',
  found: (n: number) =>
    n === 0
      ? 'No organisation found.'
      : `${num(n)} ${plural('en', n, { one: 'organisation found', other: 'organisations found' })}.`,
  filters: 'Filter organisations',
  search: 'Search an organisation',
  kind: 'Type of organisation',
  theme: 'Theme',
  region: 'Region',
  coalition: 'Coalition',
  all: 'All',
  withCount: (label: string, n: number) => `${label} (${num(n)})`,
  resetFilters: 'Clear filters',
  sort: 'Sort',
  sortName: 'By name',
  sortNewest: 'Newest first',
  showMore: (n: number, left: number) =>
    `Show ${n} more ${plural('en', n, { one: 'organisation', other: 'organisations' })} (${num(left)} left)`,
  details: 'Details',
  of: (name: string) => `: ${name}`,
  website: 'Website',
  logo: (name: string) => `Logo: ${name}`,
  joined: (month: string) => `Member since ${month}`,
  coalitions: 'Coalitions',
  events: 'Upcoming events',
  noEvents: 'No upcoming events.',
  eventsLoading: 'Loading events…',
  eventsError: 'The events could not be loaded.',
  kinds: {
    association: 'Association',
    collectivite: 'Local authority',
    entreprise: 'Company',
    'etablissement-public': 'Public body',
    institution: 'Institution',
    reseau: 'Network',
    'collectif-citoyen': 'Citizen collective',
  },
};
