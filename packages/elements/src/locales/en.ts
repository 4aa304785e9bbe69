/**
 * English, the second language: typed by the French catalogue, so no key can be missing.
 * A chunk of its own, loaded only when a widget speaks English (`shared/i18n.ts`).
 */
import type { Catalogue } from './fr.js';

import { plural } from '../shared/plural.js';

export const en: Catalogue = {
  common: {
    loading: 'Loading…',
    loaded: 'Content loaded.',
    retry: 'Try again',
    errorTitle: 'The content could not be loaded.',
    errorHint: 'Check your connection, then try again.',
    noFeed: 'This widget is not linked to a feed (missing feed attribute).',
    zoneNote: (city: string) => `${city} time`,
    itemsLeftOut: (n: number) =>
      `${n} invalid ${plural('en', n, { one: 'item was', other: 'items were' })} left out.`,
  },
  agenda: {
    label: 'Events',
    loading: 'Loading the events…',
    error: 'The events could not be loaded.',
    empty: 'No upcoming events for now.',
    emptyPast: 'No past events.',
    emptyMonth: 'No events this month.',
    noMatch: 'No events match these filters.',
    found: (n: number) =>
      n === 0
        ? 'No events found.'
        : `${n} ${plural('en', n, { one: 'event', other: 'events' })} found.`,
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
      `Show ${n} more ${plural('en', n, { one: 'event', other: 'events' })} (${left} left)`,
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
    allDay: 'all day',
    onlineEvent: 'Online',
    today: 'Today',
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
  },
  feed: {
    label: 'Coalition Kit feed',
  },
};
