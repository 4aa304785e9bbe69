// Fixture feeds for the elements' browser tests, served by feed-fixture-plugin.mjs.
// Upcoming events are in 2030–2031 and past ones in 2020, so tests need no fake clock.
import { memberFeeds } from './member-feeds.mjs';
import { pledgeCollective } from './pledge-fixture.mjs';
import { coalitionFeeds } from './coalition-feeds.mjs';

export const collective = {
  version: 1,
  id: 'dynamique-climat',
  name: 'Dynamique Climat Hauts-de-France',
  description: 'Le collectif régional qui coordonne l’agenda commun du climat.',
  url: 'https://climat.example.org',
  timeZone: 'Europe/Paris',
  brand: { primary: '#0b6e4f', accent: '#9c4a00' },
  themes: [
    { id: 'mobilite', label: 'Mobilité' },
    { id: 'energie', label: 'Énergie' },
    { id: 'alimentation', label: 'Alimentation' },
    { id: 'biodiversite', label: 'Biodiversité' },
  ],
  campaigns: [],
};

export const members = [
  { id: 'cerdd', name: 'Cerdd', kind: 'etablissement-public', region: 'Hauts-de-France' },
  { id: 'mres', name: 'Maison Régionale de l’Environnement et des Solidarités', kind: 'reseau' },
  { id: 'ville-lille', name: 'Ville de Lille', kind: 'collectivite' },
];

export const events = [
  {
    id: 'climatour-lille',
    name: 'Climatour de Lille : quartier Fives',
    description: 'Une visite à pied des réalisations du quartier.\nPrévoir de bonnes chaussures.',
    startDate: '2030-03-14T18:30:00+01:00',
    endDate: '2030-03-14T20:00:00+01:00',
    format: 'visite',
    themes: ['mobilite', 'energie'],
    organizer: 'cerdd',
    location: {
      name: 'Parvis de la gare',
      address: '1 place de la Gare',
      postalCode: '59000',
      locality: 'Lille',
      region: 'Hauts-de-France',
    },
    url: 'https://climat.example.org/agenda/climatour-lille',
  },
  {
    id: 'webinaire-sols',
    name: 'Webinaire : stockage carbone dans les sols',
    startDate: '2030-03-20T10:00:00+01:00',
    endDate: '2030-03-20T11:30:00+01:00',
    format: 'webinaire',
    themes: ['alimentation'],
    organizer: 'mres',
    online: { url: 'https://visio.example.org/sols' },
  },
  {
    id: 'estaminet-climat',
    name: 'Estaminet du Climat',
    startDate: '2030-04-02T19:00:00+02:00',
    format: 'rencontre',
    status: 'cancelled',
    themes: ['energie'],
    organizer: 'ville-lille',
    location: { name: 'Estaminet Le Tonneau', locality: 'Lille', region: 'Hauts-de-France' },
  },
  {
    id: 'expo-2-degres',
    name: 'Exposition « +2 °C, le changement climatique près de chez vous »',
    startDate: '2030-04-10',
    endDate: '2030-04-20',
    format: 'exposition',
    status: 'postponed',
    themes: ['biodiversite'],
    location: { name: 'Nausicaá', locality: 'Boulogne-sur-Mer', region: 'Hauts-de-France' },
  },
  {
    id: 'formation-elus',
    name: 'Formation des élus à la concertation',
    startDate: '2030-05-05T09:00:00+02:00',
    endDate: '2030-05-05T17:00:00+02:00',
    format: 'formation',
    status: 'rescheduled',
    themes: ['energie'],
    location: { name: 'Hôtel de Région', locality: 'Amiens', region: 'Somme' },
  },
  {
    id: 'alternatiba-2020',
    name: 'Village Alternatiba',
    startDate: '2020-09-26T10:00:00+02:00',
    endDate: '2020-09-26T18:00:00+02:00',
    format: 'festival',
    themes: ['alimentation'],
    location: { name: 'Place de la République', locality: 'Lille', region: 'Hauts-de-France' },
  },
  {
    id: 'marche-2020',
    name: 'Marche pour le climat',
    startDate: '2020-03-14T14:00:00+01:00',
    format: 'mobilisation',
    location: { locality: 'Arras', region: 'Hauts-de-France' },
  },
];

const list = (items) => ({ version: 1, generatedAt: '2030-01-01T00:00:00Z', items });
const counter = (campaign, total) => ({
  version: 1,
  campaign,
  total,
  byCommitment: {},
  recent: [],
});

/** `count` generated upcoming events, one every 3 hours from 2030-01-01. */
export function manyEvents(count) {
  const formats = ['rencontre', 'webinaire', 'formation', 'visite', 'mobilisation'];
  const themes = ['mobilite', 'energie', 'alimentation', 'biodiversite'];
  const start = Date.UTC(2030, 0, 1, 8);
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    name: `Événement n° ${i + 1}`,
    startDate: new Date(start + i * 3 * 3600_000).toISOString().replace('.000Z', 'Z'),
    format: formats[i % formats.length],
    themes: [themes[i % themes.length]],
    location: {
      name: `Salle ${i % 17}`,
      locality: i % 2 ? 'Lille' : 'Amiens',
      region: i % 2 ? 'Hauts-de-France' : 'Somme',
    },
  }));
}

/**
 * Events a foreign host may write with other offsets than the collective's: their day in
 * Paris is not the day written in the string.
 */
const offsetEvents = [
  // 16 March 00:30 in Paris.
  { id: 'utc-late', name: 'Atelier tardif écrit en UTC', startDate: '2030-03-15T23:30:00Z' },
  // 11 March 01:00 in Paris.
  { id: 'montreal', name: 'Webinaire depuis Montréal', startDate: '2030-03-10T19:00:00-05:00' },
  { id: 'allday', name: 'Journée des transitions', startDate: '2030-03-16' },
  { id: 'paris', name: 'Fresque du Climat', startDate: '2030-03-16T10:00:00+01:00' },
];

/** A collective overseas (UTC−4): its all-day event of 16 March lasts until 17 March 04:00 UTC. */
const overseas = {
  'collective.json': { ...collective, timeZone: 'America/Martinique' },
  'events.json': list([
    {
      id: 'fete-nature',
      name: 'Fête de la nature à Fort-de-France',
      startDate: '2030-03-16',
      organizer: 'madinina',
    },
  ]),
  'members.json': list([{ id: 'madinina', name: 'Madinina Climat', kind: 'association' }]),
};

const HOSTILE = '<img src=x onerror="window.__ckPwned=1"><script>window.__ckPwned=1</script>';

/** Documents of each fixture feed: `{ 'collective.json': body | {status, body} }`. */
export const feeds = {
  demo: {
    'collective.json': collective,
    'events.json': list(events),
    'members.json': list(members),
    'events.ics': {
      status: 200,
      type: 'text/calendar',
      body: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
    },
  },
  'no-members': {
    'collective.json': { ...collective, brand: undefined },
    'events.json': list(events),
  },
  empty: {
    'collective.json': collective,
    'events.json': list([]),
    'members.json': list([]),
  },
  'past-only': {
    'collective.json': collective,
    'events.json': list(events.filter((e) => e.startDate.startsWith('2020'))),
    'members.json': list(members),
  },
  broken: {
    'collective.json': { status: 500, body: { message: 'boom' } },
    'events.json': { status: 500, body: { message: 'boom' } },
  },
  'not-json': {
    'collective.json': collective,
    'events.json': { status: 200, type: 'application/json', body: '<html>not json</html>' },
  },
  hostile: {
    'collective.json': {
      ...collective,
      name: HOSTILE,
      themes: [{ id: 'mobilite', label: HOSTILE }],
    },
    'events.json': list([
      {
        id: 'x1',
        name: HOSTILE,
        description: `${HOSTILE}\n<a href="javascript:alert(1)">clic</a>`,
        startDate: '2030-06-01T10:00:00+02:00',
        themes: ['mobilite'],
        location: { name: HOSTILE, address: HOSTILE, locality: 'Lille' },
      },
      // Left out by validation (reported in ck-load's issues): never rendered.
      {
        id: 'x3',
        name: 'Lien piégé',
        startDate: '2030-06-03T10:00:00+02:00',
        url: 'javascript:alert(1)',
      },
      {
        id: 'x2',
        name: 'Valide',
        startDate: '2030-06-02T10:00:00+02:00',
        url: 'https://ok.example/x2',
      },
    ]),
    'members.json': list([]),
  },
  /** A page with an agenda and a pledge form: one collective with campaigns, events, counters. */
  campaigns: {
    'collective.json': { ...collective, campaigns: pledgeCollective.campaigns },
    'events.json': list(events),
    'members.json': list(members),
    'campaigns/appel/stats.json': counter('appel', 412),
    'campaigns/citoyens/stats.json': counter('citoyens', 37),
  },
  /** `events.json` is missing at first (404, not retried by the SDK), then published. */
  'late-events': {
    'collective.json': collective,
    'events.json': { failFirst: 1, status: 404, body: list(events) },
    'members.json': list(members),
  },
  offsets: {
    'collective.json': collective,
    'events.json': list(offsetEvents),
    'members.json': list([]),
  },
  overseas,
  big: {
    'collective.json': collective,
    'events.json': list(manyEvents(5000)),
    'members.json': list([]),
  },
  // <ck-member-list>'s feeds (directory, directory-big, directory-hostile…).
  ...memberFeeds({ collective, events }),
  // <ck-coalition-map>'s feeds (coalition-feeds.mjs).
  ...coalitionFeeds({ collective, members }),
};
