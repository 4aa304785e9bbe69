/** The media modules on their own: type and size sniffing, the SSRF guard, the public URL. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyRequest } from 'fastify';
import { looksLikeSvg, sniffImage } from '../src/media/sniff.js';
import { isPrivateAddress } from '../src/media/address-guard.js';
import { configuredFeedUrl, PublicUrlError } from '../src/media/config.js';
import { mediaRef, resolveMedia } from '../src/media/fields.js';
import { FeedUrls } from '../src/media/feed-url.js';
import { jpegHeader, png, pngHeader } from './helpers/images.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );
const le16 = (n: number) => [n & 255, n >> 8];
const le24 = (n: number) => [n & 255, (n >> 8) & 255, n >> 16];
const be32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];

describe('sniffImage', () => {
  test('PNG and JPEG, from the header bytes', () => {
    assert.deepEqual(sniffImage(png(3, 2)), { type: 'png', width: 3, height: 2 });
    assert.deepEqual(sniffImage(pngHeader(4096, 1)), { type: 'png', width: 4096, height: 1 });
    assert.deepEqual(sniffImage(jpegHeader(640, 480)), { type: 'jpeg', width: 640, height: 480 });
  });

  test('GIF, WebP (lossy, lossless, extended) and AVIF', () => {
    assert.deepEqual(sniffImage(bytes('GIF89a', le16(120), le16(60), [0, 0, 0])), {
      type: 'gif',
      width: 120,
      height: 60,
    });
    const riff = (chunk: string, body: number[]) =>
      bytes('RIFF', [0, 0, 0, 0], 'WEBP', chunk, [10, 0, 0, 0], body, Array(8).fill(0));
    assert.deepEqual(
      sniffImage(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(300), ...le16(200)])),
      {
        type: 'webp',
        width: 300,
        height: 200,
      },
    );
    const bits = (299 & 0x3fff) | ((199 & 0x3fff) << 14);
    assert.deepEqual(
      sniffImage(riff('VP8L', [0x2f, ...le16(bits & 0xffff), ...le16(bits >>> 16)])),
      {
        type: 'webp',
        width: 300,
        height: 200,
      },
    );
    assert.deepEqual(sniffImage(riff('VP8X', [0, 0, 0, 0, ...le24(299), ...le24(199)])), {
      type: 'webp',
      width: 300,
      height: 200,
    });
    const avif = bytes(
      be32(20),
      'ftypavif',
      [0, 0, 0, 0],
      'mif1',
      be32(20),
      'ispe',
      [0, 0, 0, 0],
      be32(800),
      be32(600),
      Array(16).fill(0),
    );
    assert.deepEqual(sniffImage(avif), { type: 'avif', width: 800, height: 600 });
  });

  test('HTML, SVG, text and truncated headers are no image', () => {
    assert.equal(sniffImage(Buffer.from('<!doctype html><title>logo.png</title>')), undefined);
    assert.equal(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), undefined);
    assert.equal(sniffImage(pngHeader(10, 10).subarray(0, 20)), undefined);
    assert.equal(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9])), undefined);
    assert.equal(looksLikeSvg(Buffer.from('<?xml version="1.0"?>\n<svg/>')), true);
    assert.equal(looksLikeSvg(Buffer.from('<html>')), false);
  });
});

describe('the SSRF guard', () => {
  test('loopback, private, link-local and mapped addresses are private', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ])
      assert.equal(isPrivateAddress(a), true, a);
  });
  test('public addresses are not', () => {
    for (const a of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '::ffff:1.1.1.1'])
      assert.equal(isPrivateAddress(a), false, a);
  });
});

describe('the feed’s public URL', () => {
  test('CK_PUBLIC_URL: an http(s) URL, trailing slash removed; anything else is refused', () => {
    assert.equal(configuredFeedUrl({}), undefined);
    assert.equal(
      configuredFeedUrl({ CK_PUBLIC_URL: 'https://flux.example.org/v1/' }),
      'https://flux.example.org/v1',
    );
    for (const bad of ['flux.example.org', 'ftp://x.example/v1', 'https://x.example/v1?a=1'])
      assert.throws(() => configuredFeedUrl({ CK_PUBLIC_URL: bad }), PublicUrlError);
  });

  test('a served document names copies under the feed URL and never keeps a remote URL', () => {
    const name = `${'a'.repeat(64)}.png`;
    assert.deepEqual(
      resolveMedia('members', { id: 'm', logo: mediaRef(name) }, 'https://f.example/v1'),
      {
        id: 'm',
        logo: `https://f.example/v1/media/${name}`,
      },
    );
    assert.deepEqual(
      resolveMedia(
        'members',
        { id: 'm', logo: 'https://elsewhere.example/l.png' },
        'https://f.example/v1',
      ),
      { id: 'm' },
    );
    assert.deepEqual(resolveMedia('events', { id: 'e', image: mediaRef(name) }, undefined), {
      id: 'e',
    });
  });

  test('without CK_PUBLIC_URL a rendering is swapped to each request’s origin, escaped', () => {
    const urls = new FeedUrls();
    const req = (host: string) => ({ protocol: 'https', host }) as FastifyRequest;
    const body = Buffer.from(
      JSON.stringify({ items: [{ logo: `${urls.base}/media/${'b'.repeat(64)}.png` }] }),
    );
    const doc = { body, etag: '"x"', type: 'application/json' };
    const a = urls.localize(doc, req('flux.example.org'));
    assert.match(a.body.toString(), /"https:\/\/flux\.example\.org\/v1\/media\/b{64}\.png"/);
    assert.notEqual(a.etag, doc.etag);
    assert.equal(urls.localize(doc, req('flux.example.org')), a, 'reused');
    const odd = urls.localize(doc, req('x"y'));
    assert.equal(
      (JSON.parse(odd.body.toString()) as { items: { logo: string }[] }).items[0]!.logo.slice(
        0,
        15,
      ),
      'https://x"y/v1/',
    );
    const plain = { ...doc, body: Buffer.from('{"items":[]}') };
    assert.equal(urls.localize(plain, req('flux.example.org')), plain, 'no image: untouched');
  });
});
