/** The format predicates behind the schemas, including their fast paths. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/v4/mini';
import {
  byStart,
  checkedList,
  checkedObject,
  httpUrl,
  isFeedDate,
  isHttpUrl,
  isoDate,
  sortByStart,
  text,
  type Event,
} from '../src/index.js';
import { BAD_URLS } from './helpers/hostile.js';

describe('isHttpUrl', () => {
  const accepted = [
    'https://example.org',
    'HTTP://EXAMPLE.ORG/Path?q=1#frag',
    'https://a--b.example.org/x',
    'https://127.0.0.1:8080/',
    'http://[::1]/',
    'https://café.example/',
    'https://example.org/a b',
    'https://user@example.org/',
  ];
  const refused = [
    ...BAD_URLS,
    'https://xn--zz.org/',
    'https://example.123/',
    'https://example.org:99999/',
    'https://1.2.3.999/',
    'https:example.org',
    'https:///example.org',
    'https://example.org/\u0000',
    'https://example.org/\n',
  ];
  for (const url of accepted)
    it(`accepts ${JSON.stringify(url)}`, () => assert.equal(isHttpUrl(url), true));
  for (const url of refused)
    it(`refuses ${JSON.stringify(url)}`, () => assert.equal(isHttpUrl(url), false));

  it('agrees with the URL parser on every URL the fast path accepts', () => {
    const hosts = ['a', 'a-b', 'ab-', 'x1', '1x', 'example', 'b2b'];
    for (const a of hosts) {
      for (const b of hosts) {
        const url = `https://${a}.${b}/p?q=1#f`;
        let parsed = false;
        try {
          parsed = ['http:', 'https:'].includes(new URL(url).protocol);
        } catch {
          parsed = false;
        }
        assert.equal(isHttpUrl(url), parsed, url);
      }
    }
  });
});

describe('isFeedDate', () => {
  const valid = [
    '2026-03-14',
    '2024-02-29',
    '2000-02-29',
    '2026-03-14T18:30+01:00',
    '2026-03-14T23:59:59.999Z',
    '2026-03-14T18:30:00+0100',
    '2026-03-14T18:30:00-09:30',
  ];
  const invalid = [
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-03-00',
    '2026-03-14T24:00:00+01:00',
    '2026-03-14T18:60+01:00',
    '2026-03-14T18:30:60+01:00',
    '2026-03-14T18:30:00+24:00',
    '2026-03-14T18:30:00+01:60',
    '2026-03-14T',
    '+02026-03-14',
  ];
  for (const d of valid) it(`accepts ${d}`, () => assert.equal(isFeedDate(d), true));
  for (const d of invalid) it(`refuses ${d}`, () => assert.equal(isFeedDate(d), false));

  it('every accepted date-time is an instant Date.parse can read', () => {
    for (const d of valid) assert.ok(Number.isFinite(Date.parse(d)), d);
  });
});

describe('sortByStart', () => {
  it('orders like byStart, plain dates and instants mixed, without changing its input', () => {
    const starts = [
      '2026-10-25T02:30:00+01:00',
      '2026-10-25',
      '2026-10-25T02:30:00+02:00',
      '2026-03-29T02:30:00+01:00',
      '2026-03-28',
      '2026-10-24T23:59:00-05:00',
    ];
    const events = starts.map(
      (startDate, i) => ({ id: `e${i}`, name: 'E', startDate, status: 'scheduled' }) as Event,
    );
    const sorted = sortByStart(events);
    assert.deepEqual(
      sorted.map((e) => e.startDate),
      [...events].sort(byStart).map((e) => e.startDate),
    );
    // By the day as written, all-day first, then by instant (02:30+02:00 is 00:30 UTC).
    assert.deepEqual(
      sorted.map((e) => e.id),
      ['e4', 'e3', 'e5', 'e1', 'e2', 'e0'],
    );
    assert.equal(events[0]!.id, 'e0');
  });
});

describe('field rules', () => {
  it('hold on their own, outside the objects that run them in one check', () => {
    const plain = z.object({ name: text(5), site: httpUrl(), at: isoDate() });
    const result = plain.safeParse({ name: '   ', site: 'javascript:alert(1)', at: '2026-02-30' });
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`),
      ['name ck:blank', 'site ck:url', 'at ck:date'],
    );
    assert.equal(text(5).safeParse('trop long').success, false);
  });

  it('are lifted into one check in checkedObject and checkedList, with the same issues', () => {
    const lifted = checkedObject({ name: text(5), tags: checkedList(text(3), { max: 2 }) });
    const result = lifted.safeParse({ name: '   ', tags: ['ok', 'long', 'x'] });
    assert.deepEqual(result.error?.issues.map((i) => `${i.path.join('.')} ${i.code}`).sort(), [
      'name custom',
      'tags too_big',
      'tags.1 too_big',
    ]);
    assert.equal(lifted.safeParse({ name: 'Lille', tags: ['a', 'b'] }).success, true);
  });
});
