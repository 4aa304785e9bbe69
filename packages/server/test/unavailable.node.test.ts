/** Which PostgreSQL errors mean "unreachable, try again" (503) rather than a bad statement (500). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isConnectionError } from '../src/store/unavailable.js';

const pgError = (code: string | undefined, message = 'x') =>
  Object.assign(new Error(message), { code });

test('a server going away, refusing or not answering is a connection error', () => {
  for (const code of [
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'ENOTFOUND',
    '57P01',
    '57P03',
    '08006',
    '53300',
  ])
    assert.ok(isConnectionError(pgError(code)), code);
  for (const message of [
    'Connection terminated unexpectedly',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
  ])
    assert.ok(isConnectionError(pgError(undefined, message)), message);
});

test('SQL errors are not: a unique violation, a syntax error, a bad value', () => {
  for (const code of ['23505', '42601', '22P02', '40001'])
    assert.equal(isConnectionError(pgError(code)), false, code);
  assert.equal(isConnectionError(null), false);
  assert.equal(isConnectionError(new Error('stats of x: invalid')), false);
});
