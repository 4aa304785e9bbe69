/** Offsets and daylight-saving changes read from the platform, as every VTIMEZONE uses them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatOffset, isTimeZone, offsetMinutes, offsetTransitions } from '../src/index.js';

const listed = (zone: string, start: number, end: number) =>
  offsetTransitions(zone, start, end).map((t) => [new Date(t.at).toISOString(), t.from, t.to]);

test('Europe/Paris changes offset on the last Sundays of March and October', () => {
  assert.deepEqual(listed('Europe/Paris', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)), [
    ['2026-03-29T01:00:00.000Z', 60, 120],
    ['2026-10-25T01:00:00.000Z', 120, 60],
  ]);
});

test('a zone without daylight saving has no transitions', () => {
  assert.deepEqual(listed('Asia/Tokyo', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)), []);
});

test('southern zones and half-hour changes are found to the minute', () => {
  // Lord Howe Island moves by 30 minutes, at 02:00 local time.
  assert.deepEqual(listed('Australia/Lord_Howe', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)), [
    ['2026-04-04T15:00:00.000Z', 660, 630],
    ['2026-10-03T15:30:00.000Z', 630, 660],
  ]);
});

test('bounds off the minute (a server stamp) still give exact instants', () => {
  const start = Date.UTC(2026, 2, 1) + 12_345;
  const end = Date.UTC(2026, 2, 29, 1, 0, 30, 500);
  assert.deepEqual(listed('Europe/Paris', start, end), [['2026-03-29T01:00:00.000Z', 60, 120]]);
  assert.deepEqual(listed('Europe/Paris', start, Date.UTC(2026, 2, 29, 0, 59, 59)), []);
});

test('offsets are written as in ISO 8601 date-times', () => {
  assert.equal(offsetMinutes('2026-07-03T08:00:00Z', 'Europe/Paris'), 120);
  assert.equal(formatOffset(120), '+02:00');
  assert.equal(formatOffset(-210), '-03:30');
});

test('isTimeZone knows IANA names and refuses the rest', () => {
  assert.equal(isTimeZone('Europe/Paris'), true);
  assert.equal(isTimeZone('America/Argentina/Buenos_Aires'), true);
  assert.equal(isTimeZone('Europe/Atlantis'), false);
  assert.equal(isTimeZone('Paris'), false);
});
