/** The coalition form’s strings in English: loaded only when one speaks English (French is in `messages.ts`). */
import { plural } from '../shared/plural.js';
import type { CoalitionFormMessages } from './messages.js';

export const en: CoalitionFormMessages = {
  error: 'The declaration form could not be loaded.',
  loaded: 'Coalition declaration form loaded.',
  title: 'Declare a local coalition',
  intro:
    'Are you forming a local climate coalition? Declare it: the collective’s team checks it, then it appears on the map.',
  formLabel: 'Declare a coalition',
  required: 'required',
  optional: 'optional',
  sectionCoalition: 'The coalition',
  name: 'Name of the coalition',
  objective: 'Objective',
  objectiveHint: 'In a few sentences: what the coalition wants to achieve.',
  scope: 'Scope',
  scopes: {
    geographique: 'Geographic (a territory)',
    thematique: 'Thematic (an issue)',
    sectorielle: 'Sectoral (a sector of activity)',
  },
  scopeRequired: 'Choose the coalition’s scope.',
  themes: 'Themes',
  sectionTerritory: 'The territory',
  region: 'Region',
  regionNone: 'Choose a region',
  locality: 'Town or neighbourhood',
  localityHint:
    'For example “Lille” or “Lille – Fives”. You may type it here instead of placing the point on the map.',
  geo: 'Point on the map',
  mapLabel: 'Map of France: place the coalition’s point',
  mapHint:
    'Click on the map, or move into the map and move the cursor with the arrow keys (Shift + arrow: faster), then press Enter.',
  cursorAt: (region: string | undefined) =>
    region ? `Cursor: ${region}.` : 'Cursor: outside the regions.',
  placedAt: (region: string | undefined, lat: string, lon: string) =>
    `Point placed${region ? ` in ${region}` : ''} (latitude ${lat}, longitude ${lon}).`,
  outside: 'Outside the map: no point placed.',
  outsideKept: 'Outside the map: the point stays where it was.',
  noPoint: 'No point placed.',
  removePoint: 'Remove the point',
  sectionMembers: 'Members and way of working',
  members: 'Members',
  membersHint: 'One organisation or collective per line.',
  operatingMode: 'Way of working',
  operatingModeHint: 'For example: a meeting every month, a working group per action.',
  actions: 'Planned actions',
  actionsHint: 'One action per line.',
  sectionContacts: 'Contact people',
  contactsHint: 'One or two people the collective’s team can reach. They are never published.',
  contact: (n: number) => `Contact person ${n}`,
  contactName: (n: number) => `Full name (person ${n})`,
  contactEmail: (n: number) => `Email address (person ${n})`,
  contactOrganisation: (n: number) => `Organisation (person ${n})`,
  emailHint: 'Expected format: name@domain.org.',
  sectionPublic: 'Public contact channels',
  publicHint: 'Published with the coalition once approved.',
  publicUrl: 'Web page or social account',
  publicUrlHint: 'A full address, for example https://coalition.example.org.',
  publicEmail: 'Public email address',
  consent: 'We agree that the public parts of this declaration are published once approved',
  honeypot: 'Do not fill in this field',
  submit: 'Declare the coalition',
  noticeTitle: 'Your data',
  noticeWho: (name: string) => `Who receives it: ${name}.`,
  noticePublic:
    'What is published, once approved: the name, objective, scope, themes, territory, point, members, way of working, actions and public contact channels.',
  noticePrivate:
    'What never is: the contact people. They are only for the collective’s team to reach you.',
  noticeRights:
    'Your rights: access, correction, erasure and objection, by writing to the collective.',
  summary: (n: number) =>
    `The form has ${n} ${plural('en', n, { one: 'error', other: 'errors' })}. Please correct ${plural('en', n, { one: 'this field', other: 'these fields' })}:`,
  fieldError: (label: string, message: string) => `${label}: ${message}`,
  sending: 'Sending your declaration…',
  sendingButton: 'Sending…',
  offline:
    'Offline: your declaration is not recorded yet. It will be sent as soon as the connection is back; keep this page open.',
  failed:
    'The server could not record your declaration: it is not recorded yet. Your answers are kept.',
  retrySend: 'Try sending again',
  expired:
    'Your declaration has been waiting for more than 24 hours and was not sent: it is not recorded. Check your answers, then send it again.',
  refused: (message: string) => `Your declaration was not recorded: ${message}`,
  checksUnavailable:
    'The form check could not be loaded: your declaration is not sent yet. Check your connection, then try again.',
  thanks: 'Thank you, your declaration is recorded',
  pending:
    'It awaits approval by the collective’s team. Once approved, the coalition appears on the map.',
  announcedRecorded:
    'Thank you! Your declaration is recorded. It awaits approval by the collective’s team.',
};
