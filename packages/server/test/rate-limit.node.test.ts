/** The per-address submission limit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimiter } from '../src/http/rate-limit.js';

test('N submissions a minute pass, the next waits for the window to end', () => {
  let now = 1_000_000;
  const limiter = new RateLimiter(3, () => now);
  assert.deepEqual(
    [1, 2, 3].map(() => limiter.take('192.0.2.1')),
    [0, 0, 0],
  );
  now += 20_000;
  assert.equal(limiter.take('192.0.2.1'), 40);
  assert.equal(limiter.take('192.0.2.2'), 0, 'other addresses have their own count');
  now += 40_000;
  assert.equal(limiter.take('192.0.2.1'), 0, 'a new minute starts a new count');
});

test('0 turns the limit off', () => {
  const limiter = new RateLimiter(0);
  for (let i = 0; i < 1000; i += 1) assert.equal(limiter.take('192.0.2.1'), 0);
});

test('100,000 distinct addresses in a minute: memory stays bounded (the oldest windows are dropped)', () => {
  let now = 1_000_000;
  const limiter = new RateLimiter(3, () => now);
  for (let i = 0; i < 100_000; i += 1) {
    limiter.take(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    if (i % 100 === 0) now += 1;
  }
  assert.ok(limiter.size <= limiter.maxEntries, `${limiter.size} entries`);
  assert.equal(limiter.size, limiter.maxEntries);
  // The most recent addresses are still counted.
  const last = '10.1.134.159'; // i = 99,999
  assert.deepEqual(
    [1, 2, 3].map(() => limiter.take(last)),
    [0, 0, 60],
  );
});

test('ended windows are forgotten a minute later, all at once', () => {
  let now = 1_000_000;
  const limiter = new RateLimiter(3, () => now);
  for (let i = 0; i < 10; i += 1) limiter.take(`192.0.2.${i}`);
  assert.equal(limiter.size, 10);
  now += 61_000;
  limiter.take('198.51.100.1');
  assert.equal(limiter.take('192.0.2.1'), 0, 'its window had ended: a new one');
  now += 61_000;
  limiter.take('198.51.100.2');
  assert.equal(limiter.size, 3, 'the ten windows of two minutes ago are gone');
});

test('a window still running is counted across a turn of generations', () => {
  let now = 1_000_000;
  const limiter = new RateLimiter(2, () => now, 4);
  limiter.take('192.0.2.1');
  limiter.take('192.0.2.2'); // the current generation is full (half of 4): the next take turns it
  now += 1_000;
  limiter.take('192.0.2.3');
  assert.ok(limiter.size <= 4);
  assert.equal(limiter.take('192.0.2.1'), 0);
  assert.equal(limiter.take('192.0.2.1'), 59, 'the same window, third submission');
});
