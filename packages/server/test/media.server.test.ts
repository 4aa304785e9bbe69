/**
 * Images stay on the feed's host: the logos and event images a feed names are copied at
 * import from their own site (here a fixture host on 127.0.0.1), served from the feed's
 * origin, and the site is never asked again. Runs on both engines.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Member } from '@coalition-kit/sdk';
import { openDatabase } from '../src/store/database.js';
import { startServer, type TestServer } from './helpers/start-server.js';
import { runCli } from './helpers/process.js';
import { jpegHeader, png, pngHeader, startImageHost, type ImageHost } from './helpers/images.js';

const LOGO = png(48, 24);
const PHOTO = jpegHeader(640, 480);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let host: ImageHost;
let server: TestServer;
let dir: string;

const file = (name: string, doc: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return path;
};

const member = (id: string, path: string) => ({
  id,
  name: `Membre ${id}`,
  kind: 'association',
  logo: `${host.url}${path}`,
});

/** GETs a path of the server with a chosen Host header (fetch may not set one). */
function getWithHost(path: string, hostHeader: string): Promise<string> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    request(url, { headers: { host: hostHeader } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });
}

const members = async () =>
  ((await (await fetch(`${server.url}/v1/members.json`)).json()) as { items: Member[] }).items;

before(async () => {
  host = await startImageHost({
    '/logo.png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(LOGO),
    '/photo.jpg': (res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(PHOTO),
    '/page.png': (res) =>
      res.writeHead(200, { 'content-type': 'image/png' }).end('<!doctype html><p>Bienvenue</p>'),
    // 5 MB, sent without Content-Length: the limit must hold while the body streams in.
    '/big.png': (res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(LOGO);
      for (let i = 0; i < 80; i++) res.write(Buffer.alloc(64 * 1024));
      res.end();
    },
    '/huge.png': (res) => res.writeHead(200).end(pngHeader(100_000, 100_000)),
    '/loop.png': (res) => res.writeHead(302, { location: '/loop.png' }).end(),
    '/logo.svg': (res) =>
      res
        .writeHead(200, { 'content-type': 'image/png' })
        .end('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    '/redirected.png': (res) => res.writeHead(301, { location: '/logo.png' }).end(),
  });
  dir = mkdtempSync(join(tmpdir(), 'ck-media-'));
  server = await startServer({ env: { CK_MEDIA_ALLOW_PRIVATE: '1', CK_LANG: 'fr' } });
  await server.halt(); // imports need the data directory's lock
});
after(async () => {
  await server?.stop();
  await host?.close();
});

describe('images copied at import', () => {
  let report: string;
  before(async () => {
    const doc = {
      version: 1,
      generatedAt: '2026-11-01T00:00:00Z',
      items: [
        member('avec-logo', '/logo.png'),
        member('meme-logo', '/logo.png'),
        member('avec-photo', '/photo.jpg'),
        member('page-html', '/page.png'),
        member('trop-lourd', '/big.png'),
        member('trop-grand', '/huge.png'),
        member('boucle', '/loop.png'),
        member('svg', '/logo.svg'),
        member('redirige', '/redirected.png'),
      ],
    };
    const res = await server.cli(['import', file('members.json', doc)]);
    assert.equal(res.code, 0, res.stderr);
    report = res.stderr;
    await server.restart();
  });

  test('the fixture host is asked once per distinct image, the redirect followed', () => {
    assert.equal(host.hits.get('/logo.png'), 2, 'once for the URL, once through the redirect');
    assert.equal(host.hits.get('/photo.jpg'), 1);
    assert.equal(host.hits.get('/redirected.png'), 1);
    assert.equal(host.hits.get('/loop.png'), 4, 'the first request and 3 redirects, no more');
  });

  test('members.json names copies on the server’s own origin', async () => {
    const byId = new Map((await members()).map((m) => [m.id, m]));
    assert.equal(byId.size, 9, 'every member is kept');
    const logo = `${server.url}/v1/media/${sha(LOGO)}.png`;
    assert.equal(byId.get('avec-logo')?.logo, logo);
    assert.equal(byId.get('meme-logo')?.logo, logo);
    assert.equal(byId.get('redirige')?.logo, logo);
    assert.equal(byId.get('avec-photo')?.logo, `${server.url}/v1/media/${sha(PHOTO)}.jpg`);
    for (const id of ['page-html', 'trop-lourd', 'trop-grand', 'boucle', 'svg'])
      assert.equal(byId.get(id)?.logo, undefined, `${id} has no logo`);
    const text = await (await fetch(`${server.url}/v1/members.json`)).text();
    assert.ok(!text.includes(host.url), 'no URL of the fixture host in the served document');
  });

  test('each failure is reported with the item, the field and the reason (French)', () => {
    assert.match(report, /5 image\(s\) non copiée\(s\)/);
    assert.match(report, /page-html : logo retiré .*pas une image PNG, JPEG, GIF, WebP ou AVIF/);
    assert.match(report, /trop-lourd : logo retiré .*plus de 2 Mo/);
    assert.match(report, /trop-grand : logo retiré .*100000×100000 hors limites/);
    assert.match(report, /boucle : logo retiré .*plus de 3 redirections/);
    assert.match(report, /svg : logo retiré .*SVG refusé/);
  });

  test('a copy is served with identical bytes, long caching and inert headers', async () => {
    const url = `${server.url}/v1/media/${sha(LOGO)}.png`;
    const res = await fetch(url, { headers: { origin: 'https://partenaire.example' } });
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), LOGO);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(res.headers.get('etag'), `"${sha(LOGO)}"`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'");
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const again = await fetch(url, { headers: { 'if-none-match': `"${sha(LOGO)}"` } });
    assert.equal(again.status, 304);
    assert.equal((await fetch(`${server.url}/v1/media/${sha(LOGO)}.gif`)).status, 404);
    assert.equal((await fetch(`${server.url}/v1/media/${'0'.repeat(64)}.png`)).status, 404);
    assert.equal((await fetch(`${server.url}/v1/media/..%2Fmembers.json`)).status, 404);
  });

  test('serving documents and copies never asks the fixture host again', async () => {
    const before = host.total();
    await members();
    await fetch(`${server.url}/v1/media/${sha(LOGO)}.png`).then((r) => r.arrayBuffer());
    await getWithHost('/v1/members.json', 'flux.example.org');
    assert.equal(host.total(), before);
  });

  test('without CK_PUBLIC_URL the copies are named on the request’s origin', async () => {
    const doc = JSON.parse(await getWithHost('/v1/members.json', 'flux.example.org:8443')) as {
      items: Member[];
    };
    const logo = doc.items.find((m) => m.id === 'avec-logo')?.logo;
    assert.equal(logo, `http://flux.example.org:8443/v1/media/${sha(LOGO)}.png`);
  });
});

describe('other documents, re-import, export', () => {
  before(() => server.halt());

  test('the collective’s logo, events’ images and the CSV logo column are copied too', async () => {
    const collective = {
      version: 1,
      id: 'collectif-test',
      name: 'Collectif Test',
      timeZone: 'Europe/Paris',
      logo: `${host.url}/logo.png`,
    };
    const events = {
      version: 1,
      generatedAt: '2026-11-01T00:00:00Z',
      items: [
        {
          id: 'fresque',
          name: 'Fresque du climat',
          startDate: '2027-03-20',
          image: `${host.url}/photo.jpg`,
        },
        {
          id: 'sans-image',
          name: 'Marche',
          startDate: '2027-03-21',
          image: `${host.url}/page.png`,
        },
      ],
    };
    for (const [name, doc] of [
      ['collective.json', collective],
      ['events.json', events],
    ] as const) {
      const res = await server.cli(['import', file(name, doc)]);
      assert.equal(res.code, 0, res.stderr);
    }
    const csv = await server.cli([
      'import',
      file('membres.csv', `nom,type,logo\nAtelier Vélo,association,${host.url}/huge.png\n`),
    ]);
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stderr, /atelier-velo.* : logo retiré .*hors limites/);
    await server.restart();
    const c = (await (await fetch(`${server.url}/v1/collective.json`)).json()) as { logo?: string };
    assert.equal(c.logo, `${server.url}/v1/media/${sha(LOGO)}.png`);
    const e = (await (await fetch(`${server.url}/v1/events.json`)).json()) as {
      items: { id: string; image?: string }[];
    };
    const byId = new Map(e.items.map((i) => [i.id, i]));
    assert.equal(byId.get('fresque')?.image, `${server.url}/v1/media/${sha(PHOTO)}.jpg`);
    assert.ok(byId.has('sans-image'));
    assert.equal(byId.get('sans-image')?.image, undefined);
    await server.halt();
  });

  test('the same image imported again is stored once', async () => {
    const res = await server.cli([
      'import',
      file('members2.json', {
        version: 1,
        generatedAt: '2026-11-02T00:00:00Z',
        items: [member('autre', '/logo.png')],
      }),
    ]);
    assert.equal(res.code, 0, res.stderr);
    const db = await openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl });
    try {
      const rows = await db.query<{ sha256: string }>('SELECT sha256 FROM media ORDER BY sha256');
      assert.deepEqual(
        rows.map((r) => r.sha256),
        [sha(LOGO), sha(PHOTO)].sort(),
      );
    } finally {
      await db.close();
    }
  });

  test('by default an image on a private address is refused and its host never asked', async () => {
    const before = host.total();
    const res = await runCli(
      [
        'import',
        file('members3.json', {
          version: 1,
          generatedAt: '2026-11-03T00:00:00Z',
          items: [member('prive', '/logo.png')],
        }),
        '--data',
        server.dataDir,
      ],
      { DATABASE_URL: server.databaseUrl ?? '', CK_MEDIA_ALLOW_PRIVATE: '', CK_LANG: 'en' },
    );
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /prive: logo left out .*private or local address refused/);
    assert.equal(host.total(), before);
  });

  test('a document downloaded from the feed keeps its copies when imported again', async () => {
    await server.restart();
    const served = await (await fetch(`${server.url}/v1/members.json`)).text();
    await server.halt();
    const before = host.total();
    const res = await runCli(['import', file('members.json', served), '--data', server.dataDir], {
      DATABASE_URL: server.databaseUrl ?? '',
      CK_MEDIA_ALLOW_PRIVATE: '', // the server's own address would be refused if it were fetched
    });
    assert.equal(res.code, 0, res.stderr);
    assert.doesNotMatch(res.stderr, /image\(s\) non copiée/);
    assert.equal(host.total(), before);
    await server.restart();
    const logo = (await members()).find((m) => m.id === 'avec-logo')?.logo;
    assert.equal(logo, `${server.url}/v1/media/${sha(LOGO)}.png`);
    await server.halt();
  });

  test('serve refuses a CK_PUBLIC_URL that is no http(s) URL, with one clear line', async () => {
    const res = await runCli(['serve', '--port', '0', '--data', server.dataDir], {
      DATABASE_URL: server.databaseUrl ?? '',
      CK_PUBLIC_URL: 'flux.example.org',
      CK_LANG: 'fr',
    });
    assert.equal(res.code, 1);
    assert.match(
      res.stderr,
      /^ck-server: CK_PUBLIC_URL doit être l’adresse http\(s\) publique du flux.*« flux\.example\.org »\n$/,
    );
  });

  test('export-feed writes the copies and names them under CK_PUBLIC_URL', async () => {
    const out = join(dir, 'export');
    const env = { DATABASE_URL: server.databaseUrl ?? '', CK_LANG: 'fr' };
    const refused = await runCli(['export-feed', out, '--data', server.dataDir], {
      ...env,
      CK_PUBLIC_URL: '',
    });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /CK_PUBLIC_URL/);
    const res = await runCli(['export-feed', out, '--data', server.dataDir], {
      ...env,
      CK_PUBLIC_URL: 'https://flux.example.org/v1/',
    });
    assert.equal(res.code, 0, res.stderr);
    const doc = JSON.parse(readFileSync(join(out, 'members.json'), 'utf8')) as { items: Member[] };
    const logo = doc.items.find((m) => m.id === 'avec-logo')?.logo;
    assert.equal(logo, `https://flux.example.org/v1/media/${sha(LOGO)}.png`);
    assert.deepEqual(readFileSync(join(out, 'media', `${sha(LOGO)}.png`)), LOGO);
    assert.ok(existsSync(join(out, 'media', `${sha(PHOTO)}.jpg`)));
  });
});
