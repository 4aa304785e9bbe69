/** Wall-clock times of the iCalendar import (the offset changes are tested in the SDK). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedDateTime, instantOf } from '../src/ical/time-zone.js';

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
