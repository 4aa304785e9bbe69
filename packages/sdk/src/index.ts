/**
 * @coalition-kit/sdk: the typed client of a Coalition Kit feed.
 * zod is configured (jitless) before any schema is built: every module that builds one
 * imports zod-setup.js first (strict-CSP pages allow no eval). Not imported here, so that a
 * bundle that only reads (the CDN build) does not load zod with the entry.
 */
export { createClient } from './client.js';
export type {
  Client,
  ClientOptions,
  CallOptions,
  SubmitOptions,
  CollectiveResult,
  Receipt,
} from './client.js';
export { FeedError, SubmissionError } from './errors.js';
export { LANGS, toLang, type Lang } from './lang.js';
export {
  validate,
  validateItems,
  parseListDocument,
  parseCollective,
  InvalidDocumentError,
  type FeedIssue,
  type FieldError,
  type IssuePath,
  type ListResult,
} from './validate.js';
export { issueMessage, checkMessage } from './messages.js';
export { fold, matchEvent, matchMember, matchCoalition, byStart, sortByStart } from './query.js';
export type { EventQuery, MemberQuery, CoalitionQuery } from './query.js';
export { searchText, searchWords, matchesSearch } from './search-text.js';
export { randomKey } from './uuid.js';
export { slug } from './slug.js';
export { offsetMinutes, formatOffset } from './time-zone.js';
export { offsetTransitions, type OffsetTransition } from './offset-transitions.js';
export * from './schemas/index.js';
