/** Offsets and daylight-saving changes read from the platform, as the VTIMEZONE uses them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedDateTime, instantOf, transitions } from '../src/ical/time-zone.js';

test('Europe/Paris changes offset on the last Sundays of March and October', () => {
  const found = transitions('Europe/Paris', Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
  assert.deepEqual(
    found.map((t) => [new Date(t.at).toISOString(), t.from, t.to]),
    [
      ['2026-03-29T01:00:00.000Z', 60, 120],
      ['2026-10-25T01:00:00.000Z', 120, 60],
    ],
  );
});

test('a zone without daylight saving has no transitions', () => {
  assert.deepEqual(transitions('Asia/Tokyo', Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31)), []);
});

test('wall-clock times convert both ways, with the offset of their own date', () => {
  const winter = instantOf(
    { year: 2026, month: 1, day: 15, hour: 18, minute: 30, second: 0 },
    'Europe/Paris',
  );
  assert.equal(feedDateTime(winter, 'Europe/Paris'), '2026-01-15T18:30:00+01:00');
  const summer = instantOf(
    { year: 2026, month: 7, day: 3, hour: 10, minute: 0, second: 0 },
    'Europe/Paris',
  );
  assert.equal(feedDateTime(summer, 'Europe/Paris'), '2026-07-03T10:00:00+02:00');
  assert.equal(new Date(summer).toISOString(), '2026-07-03T08:00:00.000Z');
});
