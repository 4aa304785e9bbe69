/**
 * The read entry of the browser build (`dist/browser/coalition-kit-sdk.min.js`): the client
 * and the helpers that need no zod. zod, the schemas and the messages load on first use (an
 * item to explain, a submission). Everything else (`validate`, the schemas) is in
 * `coalition-kit-sdk-schemas.min.js`, which shares its chunks.
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
export { FeedError, InvalidDocumentError, SubmissionError } from './errors.js';
export { LANGS, toLang, type Lang } from './lang.js';
export type { FeedIssue, FieldError, IssuePath, ListResult } from './validate.js';
export { fold, matchEvent, matchMember, matchCoalition, byStart, sortByStart } from './query.js';
export type { EventQuery, MemberQuery, CoalitionQuery } from './query.js';
export { randomKey } from './uuid.js';
export { offsetMinutes, formatOffset } from './time-zone.js';
export {
  compareFeedDates,
  isFeedDate,
  isHttpUrl,
  isPlainDate,
  isTimeZone,
} from './schemas/formats.js';
