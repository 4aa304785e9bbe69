/**
 * The feed's field rules as plain functions, without zod: the schemas run them as zod checks
 * (primitives.ts), and the generated read validators (generated/read-validators.ts) call them
 * directly, so a page that only reads never loads zod. A rule checks one value and answers
 * the zod-shaped issue (without path) or nothing.
 */
import type { $ZodRawIssue } from 'zod/v4/core';
import { compareFeedDates, isFeedDate, isHttpUrl, isTimeZone } from './formats.js';

/** Checks one value; returns the issue (without path) or nothing. Guards its own type. */
export type Rule = (value: unknown) => $ZodRawIssue | undefined;

/**
 * Our own checks give the message `ck:<code>`; `messages.ts` turns it into French or English
 * when issues are reported, so one schema serves both languages.
 */
export type CheckCode =
  | 'url'
  | 'date'
  | 'dateOrder'
  | 'timeZone'
  | 'colour'
  | 'duplicateId'
  | 'organisationRequired'
  | 'consent'
  | 'declarationConsent'
  | 'uniqueValues'
  | 'blank'
  | 'control'
  | 'controlInText'
  | 'id';

/** Maximum lengths, generous enough for real content, small enough to bound memory. */
export const MAX = {
  id: 200,
  name: 200,
  label: 200,
  shortText: 500,
  text: 5000,
  url: 2048,
  email: 254,
  list: 100,
  bigList: 1000,
} as const;

export const ownIssue = (code: CheckCode, input: unknown, path?: PropertyKey[]): $ZodRawIssue => ({
  code: 'custom',
  input,
  message: `ck:${code}`,
  ...(path && { path }),
});

export const tooLong = (input: string, maximum: number): $ZodRawIssue => ({
  code: 'too_big',
  origin: 'string',
  maximum,
  inclusive: true,
  input,
});

/** A rule for strings: other types are left to zod's own type check. */
export const stringRule =
  (rule: (s: string) => $ZodRawIssue | undefined): Rule =>
  (value) =>
    typeof value === 'string' ? rule(value) : undefined;

const VISIBLE = /\S/;

/** A text of bounded length with at least one visible character. */
export const text = (max: number) =>
  stringRule((s) =>
    s.length > max ? tooLong(s, max) : VISIBLE.test(s) ? undefined : ownIssue('blank', s),
  );

/** No space at either end, no control character (tab and newlines included). */
// eslint-disable-next-line no-control-regex
export const ID = /^\S(?:[^\u0000-\u001F\u007F]*\S)?$/;

/** An identifier. */
export const id = () =>
  stringRule((s) =>
    s.length > MAX.id
      ? tooLong(s, MAX.id)
      : s.length === 0
        ? ownIssue('blank', s)
        : ID.test(s)
          ? undefined
          : ownIssue('id', s),
  );

/** An absolute `http:` or `https:` URL (see `isHttpUrl`). */
export const httpUrl = () =>
  stringRule((s) =>
    s.length > MAX.url ? tooLong(s, MAX.url) : isHttpUrl(s) ? undefined : ownIssue('url', s),
  );

/** ISO 8601 date-time with an offset or a plain date. */
export const isoDate = () => stringRule((s) => (isFeedDate(s) ? undefined : ownIssue('date', s)));

const outOfRange = (n: number, min: number, max: number): $ZodRawIssue | undefined =>
  n < min
    ? { code: 'too_small', origin: 'number', minimum: min, inclusive: true, input: n }
    : n > max
      ? { code: 'too_big', origin: 'number', maximum: max, inclusive: true, input: n }
      : undefined;

/** A finite number from `min` to `max`, both included. */
export const between =
  (min: number, max: number): Rule =>
  (n) =>
    typeof n === 'number' ? outOfRange(n, min, max) : undefined;

/** A whole number from `min` to `max`. */
export const integer =
  (min: number, max: number = Number.MAX_SAFE_INTEGER): Rule =>
  (n) =>
    typeof n !== 'number'
      ? undefined
      : Number.isInteger(n)
        ? outOfRange(n, min, max)
        : { code: 'invalid_type', expected: 'int', input: n };

/** An IANA time zone the platform knows. */
export const timeZone = () =>
  stringRule((s) => (isTimeZone(s) ? undefined : ownIssue('timeZone', s)));

/** `endDate` must not come before `startDate` (an event). */
export const endNotBeforeStart = (): Rule => (value) => {
  const { startDate, endDate } = value as { startDate: string; endDate?: string };
  return endDate !== undefined && compareFeedDates(endDate, startDate) < 0
    ? ownIssue('dateOrder', endDate, ['endDate'])
    : undefined;
};

/** `closesAt` must not come before `opensAt` (a campaign). */
export const closesNotBeforeOpens = (): Rule => (value) => {
  const { opensAt, closesAt } = value as { opensAt?: string; closesAt?: string };
  return opensAt && closesAt && compareFeedDates(closesAt, opensAt) < 0
    ? ownIssue('dateOrder', closesAt, ['closesAt'])
    : undefined;
};
