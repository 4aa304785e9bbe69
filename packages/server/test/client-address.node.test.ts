/** Whom the rate limit counts: the address the trusted proxies saw, checked, IPv6 by its /64. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import {
  addressKey,
  clientKey,
  trustProxyOption,
  type TrustProxy,
} from '../src/http/client-address.js';
import { expandTrustProxy, parseTrustProxy } from '../src/cli/trust-proxy.js';
import { CliError } from '../src/cli/output.js';

test('IPv4 addresses are their own key; IPv6 ones count by their /64', () => {
  assert.equal(addressKey('203.0.113.7'), '203.0.113.7');
  const a = addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
  assert.equal(a, '2001:db8:1:2::/64');
  assert.equal(addressKey('2001:0db8:0001:0002::1'), a, 'same /64, written another way');
  assert.equal(addressKey('2001:db8:1:2::ffff'), a);
  assert.notEqual(addressKey('2001:db8:1:3::1'), a, 'the next /64 is someone else');
  assert.equal(addressKey('::ffff:192.0.2.1'), '192.0.2.1', 'IPv4-mapped (dual-stack sockets)');
  assert.equal(addressKey('2001:db8::192.0.2.1'), '2001:db8:0:0::/64');
  assert.equal(addressKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
});

test('anything that is not an IP address has no key', () => {
  for (const bad of ['', 'unknown', '203.0.113.7:8080', '203.0.113.256', 'x'.repeat(13_000), '::g'])
    assert.equal(addressKey(bad), undefined, bad.slice(0, 20));
});

/** The key a request gets from `socket` with these X-Forwarded-For hops, behind `trust`. */
async function keyOf(trust: TrustProxy, socket: string, forwardedFor?: string) {
  const app = Fastify({ trustProxy: trustProxyOption(trust) });
  app.get('/', async (request) => clientKey(request));
  const res = await app.inject({
    url: '/',
    remoteAddress: socket,
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  });
  await app.close();
  return res.body;
}

test('one trusted hop: the address the proxy appended, never what the client wrote before it', async () => {
  assert.equal(await keyOf(1, '127.0.0.1', '198.51.100.1, 203.0.113.9'), '203.0.113.9');
  assert.equal(await keyOf(1, '127.0.0.1', '203.0.113.9'), '203.0.113.9');
  assert.equal(
    await keyOf(1, '10.0.0.2', '203.0.113.9'),
    '203.0.113.9',
    'a proxy on a private network',
  );
});

test('a hop count trusts a direct client from a public address with nothing', async () => {
  assert.equal(await keyOf(1, '198.51.100.20', '203.0.113.9'), '198.51.100.20');
  assert.equal(await keyOf(2, '198.51.100.20', '1.1.1.1, 203.0.113.9'), '198.51.100.20');
});

test('two hops, and proxies named by address', async () => {
  assert.equal(await keyOf(2, '127.0.0.1', 'spoofed, 203.0.113.9, 192.0.2.50'), '203.0.113.9');
  const named = ['10.0.0.1', '127.0.0.1'];
  assert.equal(await keyOf(named, '127.0.0.1', '1.2.3.4, 203.0.113.9, 10.0.0.1'), '203.0.113.9');
  assert.equal(await keyOf(named, '192.0.2.7', '203.0.113.9'), '192.0.2.7', 'not one of them');
  assert.equal(await keyOf(['10.0.0.0/8'], '10.1.2.3', '203.0.113.9'), '203.0.113.9');
});

test('without --trust-proxy the socket is the client; a non-IP hop counts as the proxy', async () => {
  assert.equal(await keyOf(undefined, '127.0.0.1', '203.0.113.9'), '127.0.0.1');
  assert.equal(await keyOf(1, '127.0.0.1', 'x'.repeat(13_000)), '127.0.0.1');
  assert.equal(await keyOf(1, '127.0.0.1', '2001:db8:5:6::42'), '2001:db8:5:6::/64');
});

test('--trust-proxy: bare (one hop, as before), a hop count, or addresses; anything else is refused', () => {
  const value = (argv: string[]) => {
    const i = expandTrustProxy(argv).findIndex((a) => a.startsWith('--trust-proxy'));
    const [flag, next] = expandTrustProxy(argv).slice(i, i + 2);
    return flag === '--trust-proxy' ? next : flag!.split('=')[1];
  };
  assert.equal(value(['serve', '--trust-proxy']), '1');
  assert.equal(value(['serve', '--trust-proxy', '--rate-limit', '3']), '1');
  assert.equal(value(['--trust-proxy', 'serve']), '1');
  assert.equal(value(['serve', '--trust-proxy', '2']), '2');
  assert.equal(parseTrustProxy('2'), 2);
  assert.equal(parseTrustProxy('0'), undefined);
  assert.equal(parseTrustProxy(undefined), undefined);
  assert.deepEqual(parseTrustProxy('10.0.0.1, 127.0.0.1'), ['10.0.0.1', '127.0.0.1']);
  assert.deepEqual(parseTrustProxy('10.0.0.0/8,::1,loopback'), ['10.0.0.0/8', '::1', 'loopback']);
  for (const bad of ['oui', '10.0.0.1,proxy', '10.0.0.0/33', '-1', '1.5'])
    assert.throws(
      () => parseTrustProxy(bad),
      (e: unknown) => e instanceof CliError && /--trust-proxy/.test((e as Error).message),
      bad,
    );
});
