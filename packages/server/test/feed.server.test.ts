/** The read side: documents, caching headers, CORS, projections, ICS, GeoJSON, CDN and demo page. */
import { after, before, describe, test } from 'node:test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { z } from 'zod/v4';
import {
  CampaignStats,
  CoalitionsDocument,
  Collective,
  EventsDocument,
  MembersDocument,
  validate,
} from '@coalition-kit/sdk';
import { startServer, type TestServer } from './helpers/start-server.js';
import { getJson, pledge, post } from './helpers/requests.js';

let server: TestServer;
before(async () => {
  server = await startServer({ demo: 'without-confirmation', args: ['--rate-limit', '0'] });
});
after(() => server?.stop());

describe('feed documents', () => {
  for (const [path, schema] of [
    ['collective.json', Collective],
    ['events.json', EventsDocument],
    ['members.json', MembersDocument],
    ['coalitions.json', CoalitionsDocument],
  ] as const) {
    test(`${path} is valid, cacheable and readable from any origin`, async () => {
      const res = await getJson(`${server.url}/v1/${path}`, { origin: 'https://partner.example' });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^application\/json; charset=utf-8/);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      assert.match(res.headers.get('etag')!, /^"[\w-]+"$/);
      assert.match(res.headers.get('cache-control')!, /max-age=\d+/);
      const checked = validate(schema as never, res.json);
      assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.errors.slice(0, 3)));
    });
  }

  test('the demo feed has upcoming events, members, coalitions and the campaign', async () => {
    const events = (await getJson(`${server.url}/v1/events.json`)).json as {
      items: { startDate: string }[];
    };
    assert.ok(
      events.items.some(
        (e) =>
          Date.parse(e.startDate.length === 10 ? `${e.startDate}T23:59:59Z` : e.startDate) >
          Date.now(),
      ),
    );
    const members = (await getJson(`${server.url}/v1/members.json`)).json as { items: unknown[] };
    assert.ok(members.items.length >= 10);
    const collective = (await getJson(`${server.url}/v1/collective.json`)).json as Collective;
    assert.ok(collective.campaigns.some((c) => c.id === 'appel-engagements'));
  });

  test('If-None-Match with the ETag answers 304 without a body', async () => {
    const first = await fetch(`${server.url}/v1/events.json`);
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    const again = await fetch(`${server.url}/v1/events.json`, {
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await fetch(`${server.url}/v1/events.json`, {
      headers: { 'if-none-match': '"other"' },
    });
    assert.equal(other.status, 200);
    await other.arrayBuffer();
  });

  test('an unknown document or campaign answers 404 with a message', async () => {
    const res = await getJson(`${server.url}/v1/nothing.json`);
    assert.equal(res.status, 404);
    assert.equal(res.json!.status, 404);
    assert.equal(typeof res.json!.message, 'string');
    assert.equal((await getJson(`${server.url}/v1/campaigns/nope/stats.json`)).status, 404);
  });
});

describe('stats', () => {
  test('counts stored pledges, by commitment and by partner origin; only public names', async () => {
    const before = CampaignStats.parse(
      (await getJson(`${server.url}/v1/campaigns/appel-engagements/stats.json`)).json,
    );
    const origin = 'https://asso-velo.example';
    const shown = await post(
      `${server.url}/v1/pledges`,
      pledge({ name: 'Nom Public', public: true, commitments: ['en-parler', 'climate-tour'] }),
      { headers: { origin } },
    );
    const hidden = await post(
      `${server.url}/v1/pledges`,
      pledge({ name: 'Nom Caché', public: false }),
      { headers: { origin } },
    );
    assert.equal(shown.status, 201);
    assert.equal(hidden.status, 201);
    const res = await getJson(`${server.url}/v1/campaigns/appel-engagements/stats.json`);
    const stats = CampaignStats.parse(res.json);
    assert.equal(stats.total, before.total + 2);
    assert.equal(
      stats.byCommitment['climate-tour'],
      (before.byCommitment['climate-tour'] ?? 0) + 1,
    );
    assert.equal(stats.byCommitment['en-parler'], (before.byCommitment['en-parler'] ?? 0) + 2);
    assert.equal(stats.byPartner?.[origin], 2);
    assert.ok(stats.recent.some((r) => r.name === 'Nom Public'));
    assert.ok(!res.text.includes('Nom Caché'));
    assert.ok(!res.text.includes('@example.org'), 'no email in the stats');
  });
});

describe('projections', () => {
  test('no public document contains an email of a pledger or a private contact', async () => {
    const email = 'private.contact@example.net';
    const declared = await post(`${server.url}/v1/coalitions`, {
      name: 'Coalition privée de test',
      objective: 'Tester la projection',
      scope: 'geographique',
      contacts: [{ name: 'Personne Privée', email }],
      consent: true,
    });
    assert.equal(declared.status, 201);
    await post(
      `${server.url}/v1/pledges`,
      pledge({ email: 'pledger.secret@example.net', public: true }),
    );
    for (const path of [
      'collective.json',
      'events.json',
      'members.json',
      'coalitions.json',
      'coalitions.geojson',
      'events.ics',
      'campaigns/appel-engagements/stats.json',
    ]) {
      const text = await (await fetch(`${server.url}/v1/${path}`)).text();
      assert.ok(!text.includes(email), `${path} has a private contact`);
      assert.ok(!text.includes('pledger.secret'), `${path} has a pledger's email`);
      assert.ok(!text.includes('Coalition privée de test'), `${path} has a pending coalition`);
    }
  });

  test('list documents carry only the fields of the output schema', async () => {
    const strictEvents = z
      .object({
        version: z.literal(1),
        generatedAt: z.string(),
        items: z.array(z.object({}).passthrough()),
      })
      .strict();
    const doc = (await getJson(`${server.url}/v1/events.json`)).json;
    assert.ok(strictEvents.safeParse(doc).success);
  });
});

describe('events.ics', () => {
  test('is iCalendar with a VTIMEZONE, and times that match events.json', async () => {
    const res = await fetch(`${server.url}/v1/events.ics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/calendar/);
    const text = await res.text();
    const cal = new ICAL.Component(ICAL.parse(text));
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    assert.equal(tz.getFirstPropertyValue('tzid'), 'Europe/Paris');
    const zone = new ICAL.Timezone(tz);
    const events = (await getJson(`${server.url}/v1/events.json`)).json as {
      items: { id: string; startDate: string }[];
    };
    const vevents = cal.getAllSubcomponents('vevent');
    assert.equal(vevents.length, events.items.length);
    let timed = 0;
    for (const item of events.items) {
      const ve = vevents.find((v) =>
        String(v.getFirstPropertyValue('uid')).startsWith(`${item.id}@`),
      )!;
      assert.ok(ve, item.id);
      const start = ve.getFirstPropertyValue('dtstart') as ICAL.Time;
      if (item.startDate.length === 10) {
        assert.equal(start.isDate, true);
        assert.equal(start.toString(), item.startDate);
      } else {
        timed += 1;
        assert.equal(ve.getFirstProperty('dtstart')!.getParameter('tzid'), 'Europe/Paris');
        start.zone = zone;
        assert.equal(start.toJSDate().getTime(), Date.parse(item.startDate), item.id);
      }
    }
    assert.ok(timed > 0);
  });

  test('filters by themes, formats and region like the agenda', async () => {
    const all = (await getJson(`${server.url}/v1/events.json`)).json as {
      items: { themes?: string[]; format?: string }[];
    };
    const theme = all.items.find((e) => e.themes?.length)!.themes![0]!;
    const withTheme = all.items.filter((e) => e.themes?.includes(theme)).length;
    const text = await (await fetch(`${server.url}/v1/events.ics?themes=${theme},nothing`)).text();
    assert.equal((text.match(/BEGIN:VEVENT/g) ?? []).length, withTheme);
    const none = await (
      await fetch(`${server.url}/v1/events.ics?formats=festival&region=Nulle-part`)
    ).text();
    assert.equal((none.match(/BEGIN:VEVENT/g) ?? []).length, 0);
  });
});

describe('coalitions.geojson', () => {
  test('is a FeatureCollection of points in lon, lat order', async () => {
    const geo = (await getJson(`${server.url}/v1/coalitions.geojson`)).json as {
      type: string;
      features: { geometry: { coordinates: [number, number] }; properties: { id: string } }[];
    };
    const coalitions = (await getJson(`${server.url}/v1/coalitions.json`)).json as {
      items: { id: string; geo?: { lat: number; lon: number } }[];
    };
    assert.equal(geo.type, 'FeatureCollection');
    const located = coalitions.items.filter((c) => c.geo);
    assert.equal(geo.features.length, located.length);
    for (const f of geo.features) {
      const c = located.find((x) => x.id === f.properties.id)!;
      assert.deepEqual(f.geometry.coordinates, [c.geo!.lon, c.geo!.lat]);
    }
  });
});

describe('demo page and CDN', () => {
  test('/ is the partner page under a strict CSP, with the script-tag snippet', async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /base-uri 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const html = await res.text();
    assert.match(html, /<script type="module" src="\/cdn\/coalition-kit\.js"><\/script>/);
    // The agenda and the pledge form share one client inside <ck-feed>; the others stand alone.
    assert.match(html, /<ck-feed src="\/v1">/);
    assert.match(html, /<ck-pledge-form campaign="appel-engagements"/);
    assert.match(html, /<ck-member-list feed="\/v1"/);
    assert.doesNotMatch(html, /<script>(?!<)/, 'no inline script');
  });

  test('/cdn/* refuses paths that leave the bundle directory', async () => {
    const res = await fetch(`${server.url}/cdn/..%2F..%2Fpackage.json`);
    assert.equal(res.status, 404);
    await res.arrayBuffer();
  });
});

describe('/cdn/* from a bundle directory', () => {
  let cdn: TestServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ck-cdn-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'coalition-kit.js'), 'import("./chunks/define-Ab12Cd34.js");\n');
    writeFileSync(join(dir, 'chunks/define-Ab12Cd34.js'), 'export {};\n');
    cdn = await startServer({ args: ['--cdn', dir] });
  });
  after(async () => {
    await cdn?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the entry partners paste has a short cache and an ETag; hashed chunks are immutable', async () => {
    const entry = await fetch(`${cdn.url}/cdn/coalition-kit.js`);
    assert.equal(entry.status, 200);
    assert.match(entry.headers.get('content-type')!, /^text\/javascript/);
    assert.equal(entry.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(entry.headers.get('access-control-allow-origin'), '*');
    const etag = entry.headers.get('etag')!;
    assert.equal(await entry.text(), 'import("./chunks/define-Ab12Cd34.js");\n');
    const again = await fetch(`${cdn.url}/cdn/coalition-kit.js`, {
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.status, 304);
    await again.arrayBuffer();
    const chunk = await fetch(`${cdn.url}/cdn/chunks/define-Ab12Cd34.js`);
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    await chunk.arrayBuffer();
  });
});

describe('/cdn/* before the widgets are built', () => {
  let bare: TestServer;
  before(async () => {
    bare = await startServer({ args: ['--cdn', join(tmpdir(), 'ck-no-such-bundle')] });
  });
  after(() => bare?.stop());

  test('coalition-kit.js answers 404 saying how to build it', async () => {
    const res = await getJson(`${bare.url}/cdn/coalition-kit.js`);
    assert.equal(res.status, 404);
    assert.match(String(res.json!.message), /npm run build/);
  });
});
