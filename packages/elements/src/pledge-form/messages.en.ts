/** The pledge form’s strings in English: loaded only when one speaks English (French is in `messages.ts`). */
import { plural } from '../shared/plural.js';
import type { PledgeMessages } from './messages.js';

export const en: PledgeMessages = {
  error: 'The call for commitments could not be loaded.',
  loaded: (title: string) => `Call for commitments loaded: ${title}.`,
  unknown: (id: string) => `This call for commitments cannot be found (“${id}”).`,
  unknownHint: 'It may have been removed, or its address has changed.',
  notYetOpen: (date: string) => `This call for commitments is not open yet. It opens on ${date}.`,
  closed: (date: string) =>
    `This call for commitments closed on ${date}. Thank you to everyone who pledged.`,
  closedNoDate: 'This call for commitments is closed.',
  pledges: (n: string, count: number) =>
    `${n} ${plural('en', count, { one: 'pledge', other: 'pledges' })}`,
  goal: (goal: string) => `out of a goal of ${goal}`,
  partner: (n: string) => `including ${n} from this site`,
  progress: 'Progress towards the goal',
  recent: 'Latest public pledges',
  formLabel: 'I pledge',
  required: 'required',
  optional: 'optional',
  commitments: 'My commitments',
  commitmentsHint: 'Tick at least one commitment.',
  kind: 'I am pledging as',
  citizen: 'A citizen',
  organisationKind: 'An organisation (association, company, local authority…)',
  organisation: 'Name of the organisation',
  name: 'Full name',
  email: 'Email address',
  emailHint: 'Expected format: name@domain.org. It is never published.',
  postalCode: 'Postcode',
  postalCodeHint: 'For example 59000.',
  message: 'Message',
  messageHint: '1,000 characters at most.',
  public: 'Show my name publicly among the pledges',
  publicHint: 'Otherwise your pledge is counted without your name.',
  consent: 'I agree that my data is processed as described above',
  honeypot: 'Do not fill in this field',
  submit: 'I pledge',
  noticeTitle: 'Your data',
  noticeWho: (name: string) => `Who collects it: ${name}.`,
  noticeWhy: (title: string) =>
    `Why: to count your pledge in “${title}” and, if you chose so, show your name. Your email address is never published.`,
  noticeHowLong: (months: number) => `How long: ${months} months, then it is erased.`,
  noticeRights:
    'Your rights: access, correction, erasure and objection, by writing to the collective as its privacy policy explains.',
  privacyLink: 'Privacy policy of the call',
  summary: (n: number) =>
    `The form has ${n} ${plural('en', n, { one: 'error', other: 'errors' })}. Please correct ${plural('en', n, { one: 'this field', other: 'these fields' })}:`,
  fieldError: (label: string, message: string) => `${label}: ${message}`,
  sending: 'Sending your pledge…',
  sendingButton: 'Sending…',
  offline:
    'Offline: your pledge is not recorded yet. It will be sent as soon as the connection is back; keep this page open.',
  failed: 'The server could not record your pledge: it is not recorded yet. Your answers are kept.',
  retrySend: 'Try sending again',
  expired:
    'Your pledge has been waiting for more than 24 hours and was not sent: it is not recorded. Check your answers, then send it again.',
  refused: (message: string) => `Your pledge was not recorded: ${message}`,
  checksUnavailable:
    'The form check could not be loaded: your pledge is not sent yet. Check your connection, then try again.',
  thanks: 'Thank you!',
  recorded: 'Your pledge is recorded.',
  announcedRecorded: 'Thank you! Your pledge is recorded.',
  checkInbox:
    'Check your inbox: we have just written to you. Your pledge will count as soon as you confirm it with the link in the message (valid 7 days).',
  announcedCheckInbox:
    'Thank you! Check your inbox: confirm your pledge with the link in the message.',
  share: 'Spread the word',
  shareText: (title: string) => `I made a pledge: ${title}`,
  shareEmail: 'By email',
};
