/** The agenda's strings in English: loaded only when an agenda speaks English. */
import { formatNumber } from '../shared/format.js';
import { plural } from '../shared/plural.js';
import type { AgendaMessages } from './messages.js';

/** Counts can reach thousands: "10 000" / "10,000". */
const num = (n: number) => formatNumber(n, 'en');

export const en: AgendaMessages = {
  label: 'Events',
  error: 'The events could not be loaded.',
  empty: 'No upcoming events for now.',
  emptyPast: 'No past events.',
  emptyMonth: 'No events this month.',
  noMatch: 'No events match these filters.',
  found: (n: number) =>
    n === 0
      ? 'No events found.'
      : `${num(n)} ${plural('en', n, { one: 'event', other: 'events' })} found.`,
  views: 'View',
  viewUpcoming: 'Upcoming',
  viewMonth: 'Month',
  viewPast: 'Past',
  filters: 'Filter the events',
  search: 'Search',
  theme: 'Theme',
  format: 'Format',
  region: 'Area',
  organizerFilter: 'Organiser',
  dateFrom: 'From',
  dateTo: 'Until',
  eventCount: (n: number) => `${n} ${plural('en', n, { one: 'event', other: 'events' })}`,
  attendance: 'Attendance',
  all: 'All',
  online: 'Online',
  inPerson: 'In person',
  resetFilters: 'Clear filters',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  showMore: (n: number, left: number) =>
    `Show ${n} more ${plural('en', n, { one: 'event', other: 'events' })} (${num(left)} left)`,
  details: 'Details',
  of: (name: string) => `: ${name}`,
  address: 'Address:',
  organizer: 'Organised by',
  register: 'Registration and information',
  joinOnline: 'Join online',
  addToCalendar: 'Add to my calendar',
  inPersonAndOnline: 'In person and online',
  description: 'Description',
  subscribe: 'Subscribe to these events (iCalendar)',
  onlineEvent: 'Online',
  statusSeparator: ': ',
  status: {
    scheduled: 'Scheduled',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
  },
  formats: {
    rencontre: 'Meeting',
    webinaire: 'Webinar',
    formation: 'Training',
    visite: 'Visit',
    mobilisation: 'Mobilisation',
    exposition: 'Exhibition',
    festival: 'Festival',
    forum: 'Forum',
    autre: 'Other',
  },
};
