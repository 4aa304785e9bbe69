/**
 * `--trust-proxy`: which proxies in front of the server are believed when they name the
 * client in `X-Forwarded-For`. Every other hop is written by the client and could be anything.
 *
 *   --trust-proxy              one proxy (the usual reverse proxy on the same machine)
 *   --trust-proxy 2            two proxies in a row (a CDN, then the reverse proxy)
 *   --trust-proxy 10.0.0.1,127.0.0.1   these proxy addresses (or CIDRs: 10.0.0.0/8, loopback…)
 */
import { isIP } from 'node:net';
import type { TrustProxy } from '../http/client-address.js';
import { CliError, say } from './output.js';

/** Names that Fastify (proxy-addr) knows for address ranges. */
const RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isProxyAddress = (s: string) => {
  if (RANGES.has(s) || isIP(s)) return true;
  const [ip = '', bits, ...rest] = s.split('/');
  const version = isIP(ip);
  return (
    version !== 0 &&
    rest.length === 0 &&
    /^\d{1,3}$/.test(bits ?? '') &&
    Number(bits) <= (version === 4 ? 32 : 128)
  );
};

/** `--trust-proxy VALUE` as Fastify's `trustProxy`, or a clear error. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  if (value === undefined) return undefined;
  if (/^\d{1,2}$/.test(value)) return Number(value) || undefined;
  const list = value.split(',').map((s) => s.trim());
  const bad = list.filter((s) => !isProxyAddress(s));
  if (bad.length === 0) return list;
  throw new CliError(
    say(
      `--trust-proxy attend un nombre de proxys (1, 2…) ou leurs adresses IP séparées par des virgules (10.0.0.1,127.0.0.1, ou 10.0.0.0/8), pas « ${bad.join(',')} »`,
      `--trust-proxy expects a number of proxies (1, 2…) or their IP addresses separated by commas (10.0.0.1,127.0.0.1, or 10.0.0.0/8), not "${bad.join(',')}"`,
    ),
  );
}

/**
 * A bare `--trust-proxy` (the flag of earlier versions) means one hop: `--trust-proxy=1`. The
 * next argument is its value unless it is another option or the command.
 */
export const expandTrustProxy = (argv: readonly string[]): string[] =>
  argv.flatMap((arg, i) => {
    if (arg !== '--trust-proxy') return [arg];
    const next = argv[i + 1];
    return next === undefined || next.startsWith('-') || next === 'serve'
      ? ['--trust-proxy=1']
      : [arg];
  });
