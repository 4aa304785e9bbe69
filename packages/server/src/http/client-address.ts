/**
 * Whom the rate limit counts: the client's address as Fastify derives it (`request.ip`: the
 * socket's peer, or behind `--trust-proxy` the address the trusted proxies saw), checked to be
 * an IP address, an IPv6 one cut to its /64 (one subscriber's network: an ISP hands out a whole
 * /64, so counting single IPv6 addresses would give each visitor 2^64 of them).
 */
import { BlockList, isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';

/** Proxies to trust: how many hops, or their addresses; undefined: none (the socket's peer is the client). */
export type TrustProxy = number | string[] | undefined;

/** Loopback and private networks: where a reverse proxy in front of the server sits. */
const LOCAL = new BlockList();
for (const [net, bits] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16],
] as const)
  LOCAL.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  LOCAL.addSubnet(net, bits, 'ipv6');

const isLocal = (address: string) => {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4 || isIP(address) === 4) return LOCAL.check(v4 ?? address, 'ipv4');
  return isIP(address) === 6 && LOCAL.check(address, 'ipv6');
};

/**
 * Fastify's `trustProxy` for `--trust-proxy`: the addresses given, or `hops` proxies of which the
 * nearest (the socket's peer) must be on loopback or a private network. A bare hop count would
 * let a client that reaches the server directly write the whole `X-Forwarded-For` itself
 * (which is why Fastify refuses numbers); proxies with public addresses are named instead.
 */
export function trustProxyOption(
  trust: TrustProxy,
): string[] | ((address: string, hop: number) => boolean) | false {
  if (Array.isArray(trust)) return trust;
  if (!trust) return false;
  return (address, hop) => hop < trust && (hop > 0 || isLocal(address));
}

/** The eight groups of a valid IPv6 address, `::` and an embedded IPv4 expanded. */
function groups(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const part = (s: string) =>
    s === ''
      ? []
      : s.split(':').flatMap((g) => {
          if (!g.includes('.')) return [g];
          const [a = 0, b = 0, c = 0, d = 0] = g.split('.').map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const h = part(head);
  const t = part(tail);
  const zeros = address.includes('::') ? 8 - h.length - t.length : 0;
  return [...h, ...Array<string>(zeros).fill('0'), ...t].map((g) => parseInt(g, 16).toString(16));
}

/** The key an address is limited by (IPv4 as is, IPv6 as its /64), or undefined for a non-IP. */
export function addressKey(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  const a = address.trim().replace(/%.*$/, ''); // an IPv6 zone (`fe80::1%eth0`)
  const version = isIP(a);
  if (version === 4) return a;
  if (version !== 6) return undefined;
  const g = groups(a);
  // IPv4-mapped (`::ffff:192.0.2.1`, dual-stack sockets): the IPv4 address.
  if (g.slice(0, 5).every((x) => x === '0') && g[5] === 'ffff') {
    const n = (parseInt(g[6]!, 16) << 16) | parseInt(g[7]!, 16);
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
  return `${g.slice(0, 4).join(':')}::/64`;
}

/**
 * The rate-limit key of a request. What is not an IP address (a header a client wrote, when the
 * hops are miscounted) counts as the socket's peer: the proxy, which then limits them together.
 */
export const clientKey = (request: FastifyRequest): string =>
  addressKey(request.ip) ?? addressKey(request.socket.remoteAddress) ?? 'unknown';
