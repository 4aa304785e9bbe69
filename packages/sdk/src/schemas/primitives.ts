/**
 * Building blocks shared by every document of the feed (docs/feed-v1.md).
 *
 * Speed: zod's cost is per check, and a feed holds tens of thousands of strings. Each
 * field's rules are one function raising zod-shaped issues (`too_big`…) or our own
 * (`ck:<code>`); documents build their items with `checkedObject`, which runs the rules of
 * all its fields in one check (see checked.ts). JSON Schema keywords say the same rules.
 */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import { checkedList, checkedObject, describeCheck, ruleCheck, withRule } from './checked.js';
import { ISO_DATE, isTimeZone } from './formats.js';
import { ID, MAX, ownIssue, stringRule, tooLong, type CheckCode } from './rules.js';

export { compareFeedDates, isFeedDate, isHttpUrl, isPlainDate, isTimeZone } from './formats.js';
export { checkedList, checkedObject } from './checked.js';
export { MAX, type CheckCode } from './rules.js';

/** zod params giving a check our message code (`{ error: 'ck:url' }`). */
const ck = (code: CheckCode) => ({ error: `ck:${code}` });

/** A text of bounded length with at least one visible character. */
export const text = (max: number) =>
  withRule(z.string, ['text', max], { maxLength: max, pattern: '\\S' });

// Controls: C0 (tab and newlines included), DEL and C1. In a long text, newlines (LF, CRLF)
// are the writer's; any other control is a terminal command or a forged row, never content.
const CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F';
const INVISIBLE =
  '\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFEFF\\uFFA0';
const LINE_CONTROL = new RegExp(`[${CONTROLS}]`);
// eslint-disable-next-line no-control-regex
const TEXT_CONTROL = /[\u0000-\u0009\u000B-\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;
/** A character that shows: not a space, control, zero-width or other invisible one. */
const SHOWS = `[^${CONTROLS}${INVISIBLE}]`;
// The class lists invisible code points one by one (U+034F among them), not a grapheme.
// eslint-disable-next-line no-misleading-character-class
const SHOWS_RE = new RegExp(SHOWS);

/**
 * A text sent by the public (a pledge, a declaration), of bounded length: no control
 * character (a `multiline` text keeps its line breaks), and at least one character that
 * shows, so a name of zero-width spaces is as blank as an empty one.
 */
export const submittedText = (max: number, { multiline = false } = {}) =>
  withRule(
    z.string,
    stringRule((s) =>
      s.length > max
        ? tooLong(s, max)
        : (multiline ? TEXT_CONTROL : LINE_CONTROL).test(s)
          ? ownIssue(multiline ? 'controlInText' : 'control', s)
          : SHOWS_RE.test(s)
            ? undefined
            : ownIssue('blank', s),
    ),
    {
      maxLength: max,
      pattern: multiline
        ? `^(?:[^${CONTROLS}]|\\r?\\n)*${SHOWS}(?:[^${CONTROLS}]|\\r?\\n)*$`
        : `^[^${CONTROLS}]*${SHOWS}[^${CONTROLS}]*$`,
    },
  );

/** A list of one-line texts sent by the public, bounded. */
export const submittedTextList = (maxLength: number, max: number) =>
  checkedList(submittedText(maxLength), { max });

/** Is `value` a well-formed identifier? */
export const isId = (value: string) => value.length <= MAX.id && ID.test(value);

/** An identifier, unique within its document. */
export const id = () =>
  withRule(z.string, ['id'], { minLength: 1, maxLength: MAX.id, pattern: ID.source });

/**
 * An absolute `http:` or `https:` URL. Rejects `javascript:` in any case or with leading
 * control characters, `data:`, `vbscript:` and protocol-relative `//host` forms.
 */
export const httpUrl = () =>
  withRule(
    z.string,
    ['httpUrl'],
    // The scheme is case-insensitive; JSON Schema patterns have no flags.
    { maxLength: MAX.url, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^/\\s]' },
  );

/** An email address (contact fields and pledges). */
export const email = () => z.email().check(z.maxLength(MAX.email));

/** ISO 8601 date-time with an offset (`2015-12-01T09:00:00+01:00`) or a plain date (`2015-12-01`). */
export const isoDate = () => withRule(z.string, ['isoDate'], { pattern: ISO_DATE.source });

/** `endDate` must not come before `startDate`. */
export const endNotBeforeStart = <
  T extends { startDate: string; endDate?: string | undefined },
>() => ruleCheck<T>(['endNotBeforeStart']);

/** A finite number from `min` to `max`, both included. */
const between = (min: number, max: number) =>
  withRule(z.number, ['between', min, max], { minimum: min, maximum: max });

/**
 * A whole number from `min` to `max` (counts, months). A rule rather than `z.int()`, whose
 * format machinery weighs 0.4 kB gzip in the browser bundle for three fields.
 */
export const integer = (min: number, max: number = Number.MAX_SAFE_INTEGER) =>
  withRule(z.number, ['integer', min, max], { type: 'integer', minimum: min, maximum: max });

/** Geographic position (WGS 84). */
export const Geo = checkedObject({ lat: between(-90, 90), lon: between(-180, 180) });
export type Geo = z.infer<typeof Geo>;

/** An IANA time zone the platform knows. */
export const timeZone = () =>
  z
    .string()
    .check(
      z.maxLength(64),
      describeCheck(z.refine(isTimeZone, ck('timeZone')), { kind: 'rule', ref: ['timeZone'] }),
    );

/** A CSS hex colour: the only colour syntax that cannot smuggle other CSS into a widget. */
export const colour = () =>
  z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, ck('colour')));

/** A list of ids (themes, members…), bounded and without duplicates. */
export const idList = (max: number = MAX.list) => checkedList(id(), { max, unique: true });

/** A list of texts (names…), bounded. */
export const textList = (maxLength: number, max: number) => checkedList(text(maxLength), { max });

/** The feed's major version. `1`, `"1"` and `"1.<minor>"` are version 1. */
export const version = () =>
  z.union([z.literal(1), z.string().check(z.regex(/^1(?:\.\d+){0,2}$/))]);

export { ck };
