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
