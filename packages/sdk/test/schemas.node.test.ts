/**
 * The schemas both ways: every valid fixture parses; every broken field yields an issue at the
 * right path, and only the broken item is left out.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/v4/mini';
import {
  COALITION_SCOPES,
  COALITION_STATUSES,
  CampaignStats,
  Coalition,
  CoalitionDeclaration,
  EVENT_FORMATS,
  EVENT_STATUSES,
  Event,
  MEMBER_KINDS,
  Member,
  PLEDGER_KINDS,
  Pledge,
  byStart,
  parseCollective,
  parseListDocument,
  validate,
  type IssuePath,
} from '../src/index.js';
import { goodDeclaration, goodPledge, loadFixture } from '../../../test/fixtures/feeds/load.js';
import {
  BAD_DATES,
  BAD_URLS,
  DST_EDGE_DATES,
  XSS_STRINGS,
  xssCoalition,
  xssEvent,
  xssMember,
} from './helpers/hostile.js';

type Item = Record<string, unknown>;
type Doc = { version: number; items: Item[] };

const LISTS: Record<'events' | 'members' | 'coalitions', z.ZodMiniType<{ id: string }>> = {
  events: Event,
  members: Member,
  coalitions: Coalition,
};

/** Sets `value` at `path` inside `target` (creating objects on the way). */
function setAt(target: Item, path: (string | number)[], value: unknown) {
  let node = target as Record<string | number, unknown>;
  for (const [i, key] of path.slice(0, -1).entries()) {
    node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** Breaks one field of item 1 and checks the issue and that the other items stay. */
function assertBrokenField(
  list: keyof typeof LISTS,
  field: (string | number)[],
  value: unknown,
  issuePath: IssuePath = field,
) {
  const doc = loadFixture<Doc>(list);
  const total = doc.items.length;
  setAt(doc.items[1]!, field, value);
  const { items, issues } = parseListDocument(LISTS[list], doc);
  assert.equal(
    items.length,
    total - 1,
    `${list} ${field.join('.')}=${JSON.stringify(value)} should leave item 1 out`,
  );
  assert.ok(!items.some((i) => i.id === doc.items[1]!.id));
  const paths = issues.map((i) => i.path.join('.'));
  assert.ok(
    paths.includes(['items', 1, ...issuePath].join('.')),
    `expected an issue at items.1.${issuePath.join('.')}, got ${paths.join(', ')}`,
  );
  for (const issue of issues) {
    assert.equal(issue.index, 1);
    assert.ok(issue.message.length > 0 && !issue.message.startsWith('ck:'), issue.message);
  }
}

describe('valid fixtures parse', () => {
  for (const list of ['events', 'members', 'coalitions'] as const) {
    it(`${list}.json: every item, no issue`, () => {
      const doc = loadFixture<Doc>(list);
      const result = parseListDocument(LISTS[list], doc);
      assert.deepEqual(result.issues, []);
      assert.deepEqual(
        result.items.map((i) => i.id),
        doc.items.map((i) => i.id),
      );
      assert.equal(result.generatedAt, '2026-03-01T08:00:00+01:00');
    });
  }

  it('collective.json: themes, campaign and brand', () => {
    const { collective, issues } = parseCollective(loadFixture('collective'));
    assert.deepEqual(issues, []);
    assert.equal(collective.timeZone, 'Europe/Paris');
    assert.equal(collective.themes.length, 5);
    assert.equal(collective.campaigns[0]?.commitments.length, 3);
    assert.equal(collective.brand?.primary, '#1f6f43');
  });

  it('stats.json, a pledge and a coalition declaration', () => {
    assert.equal(validate(CampaignStats, loadFixture('stats')).ok, true);
    assert.equal(validate(Pledge, goodPledge()).ok, true);
    assert.equal(validate(CoalitionDeclaration, goodDeclaration()).ok, true);
  });

  it('applies defaults: an event without status is scheduled', () => {
    const doc = loadFixture<Doc>('events');
    const { items } = parseListDocument(Event, doc);
    assert.equal(items.find((e) => e.id === 'exposition-plus-2')?.status, 'scheduled');
  });

  it('ignores unknown fields, so feeds can grow', () => {
    const doc = loadFixture<Doc>('members');
    doc.items[0]!.futureField = { anything: true };
    const { items, issues } = parseListDocument(Member, doc);
    assert.deepEqual(issues, []);
    assert.equal('futureField' in items[0]!, false);
  });
});

describe('enums are exactly those of the feed contract (docs/feed-v1.md)', () => {
  it('lists every value', () => {
    assert.deepEqual(EVENT_STATUSES, ['scheduled', 'cancelled', 'postponed', 'rescheduled']);
    assert.deepEqual(EVENT_FORMATS, [
      'rencontre',
      'webinaire',
      'formation',
      'visite',
      'mobilisation',
      'exposition',
      'festival',
      'forum',
      'autre',
    ]);
    assert.deepEqual(MEMBER_KINDS, [
      'entreprise',
      'association',
      'institution',
      'etablissement-public',
      'collectivite',
      'reseau',
      'collectif-citoyen',
    ]);
    assert.deepEqual(COALITION_SCOPES, ['thematique', 'geographique', 'sectorielle']);
    assert.deepEqual(COALITION_STATUSES, ['forming', 'active', 'dormant']);
    assert.deepEqual(PLEDGER_KINDS, ['citizen', 'organisation']);
  });
});

describe('every broken field yields an issue with its path', () => {
  const cases: [keyof typeof LISTS, (string | number)[], unknown][] = [
    ['events', ['id'], undefined],
    ['events', ['id'], ''],
    ['events', ['id'], ' padded '],
    ['events', ['name'], ''],
    ['events', ['name'], '   '],
    ['events', ['name'], 'x'.repeat(201)],
    ['events', ['name'], 42],
    ['events', ['description'], 'x'.repeat(5001)],
    ['events', ['startDate'], undefined],
    ['events', ['startDate'], '2026-02-30'],
    ['events', ['endDate'], '2026-03-29T09:00:00+02:00'],
    ['events', ['status'], 'annulé'],
    ['events', ['format'], 'concert'],
    ['events', ['location', 'geo', 'lat'], 90.0001],
    ['events', ['location', 'geo', 'lon'], -180.5],
    ['events', ['location', 'geo', 'lat'], '50.6'],
    ['events', ['location', 'postalCode'], '5'.repeat(17)],
    ['events', ['online', 'url'], 'javascript:alert(1)'],
    ['events', ['url'], 'data:text/html,x'],
    ['events', ['image'], '//evil.example/x.png'],
    ['events', ['themes'], ['mobilite', 'mobilite']],
    ['events', ['themes'], Array.from({ length: 101 }, (_, i) => `t${i}`)],
    ['members', ['kind'], 'ong'],
    ['members', ['logo'], 'vbscript:msgbox(1)'],
    ['members', ['geo', 'lon'], 181],
    ['members', ['joinedAt'], '01/04/2014'],
    ['members', ['coalitions'], 'coalition-climat-lille'],
    ['coalitions', ['scope'], 'locale'],
    ['coalitions', ['status'], 'closed'],
    ['coalitions', ['objective'], undefined],
    ['coalitions', ['actions', 0, 'status'], 'en cours'],
    ['coalitions', ['actions', 0, 'date'], '2026-02-29'],
    ['coalitions', ['contact', 'url'], 'JaVaScRiPt:alert(1)'],
    ['coalitions', ['contact', 'email'], 'pas-une-adresse'],
    ['coalitions', ['geo', 'lat'], -91],
  ];
  for (const [list, field, value] of cases) {
    it(`${list}: items[1].${field.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`, () =>
      assertBrokenField(list, field, value));
  }
});

describe('URLs: absolute http(s) only', () => {
  for (const bad of BAD_URLS) {
    it(`refuses ${JSON.stringify(bad)} in every URL field`, () => {
      assertBrokenField('events', ['url'], bad);
      assertBrokenField('events', ['online', 'url'], bad);
      assertBrokenField('members', ['logo'], bad);
      assertBrokenField('coalitions', ['contact', 'url'], bad);
    });
  }

  it('keeps http and https URLs, whatever the case of the scheme', () => {
    const doc = loadFixture<Doc>('events');
    doc.items[0]!.url = 'HTTPS://Example.org/agenda?x=1#y';
    doc.items[1]!.url = 'http://127.0.0.1:8080/';
    const { items, issues } = parseListDocument(Event, doc);
    assert.deepEqual(issues, []);
    assert.equal(items[0]!.url, 'HTTPS://Example.org/agenda?x=1#y');
  });
});

describe('dates', () => {
  for (const bad of BAD_DATES) {
    it(`refuses ${JSON.stringify(bad)}`, () => assertBrokenField('events', ['startDate'], bad));
  }

  it('keeps DST-edge instants verbatim and orders them as instants', () => {
    const doc = loadFixture<Doc>('events');
    doc.items = [
      { id: 'a', name: 'A', startDate: DST_EDGE_DATES.repeatedAutumnWinterTime },
      { id: 'b', name: 'B', startDate: DST_EDGE_DATES.skippedSpring },
      { id: 'c', name: 'C', startDate: DST_EDGE_DATES.repeatedAutumnSummerTime },
    ];
    const { items, issues } = parseListDocument(Event, doc);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      items.map((e) => e.startDate),
      [
        DST_EDGE_DATES.repeatedAutumnWinterTime,
        DST_EDGE_DATES.skippedSpring,
        DST_EDGE_DATES.repeatedAutumnSummerTime,
      ],
    );
    // 02:30+02:00 (00:30 UTC) comes an hour before 02:30+01:00 (01:30 UTC) on 25 October.
    assert.deepEqual(
      [...items].sort(byStart).map((e) => e.id),
      ['b', 'c', 'a'],
    );
  });

  it('lets an all-day event end on the day a timed one starts', () => {
    const doc = loadFixture<Doc>('events');
    doc.items = [
      { id: 'a', name: 'A', startDate: '2026-04-01T18:00:00+02:00', endDate: '2026-04-01' },
    ];
    assert.deepEqual(parseListDocument(Event, doc).issues, []);
  });
});

describe('ids are unique within a document', () => {
  it('keeps the first item of an id and reports the second', () => {
    const doc = loadFixture<Doc>('members');
    doc.items.push({ ...doc.items[0]!, name: 'Doublon' });
    const { items, issues } = parseListDocument(Member, doc);
    assert.equal(items.filter((m) => m.id === 'cerdd').length, 1);
    assert.equal(items.find((m) => m.id === 'cerdd')?.name, 'Cerdd');
    assert.deepEqual(issues, [
      {
        index: doc.items.length - 1,
        id: 'cerdd',
        path: ['items', doc.items.length - 1, 'id'],
        message: 'Identifiant en double : un autre élément du document porte déjà cet identifiant',
      },
    ]);
  });
});

describe('hostile text is kept verbatim', () => {
  it('returns script-like strings exactly as sent, in every text field', () => {
    const events = parseListDocument(Event, { version: 1, items: [xssEvent('x')] });
    const members = parseListDocument(Member, { version: 1, items: [xssMember('x')] });
    const coalitions = parseListDocument(Coalition, { version: 1, items: [xssCoalition('x')] });
    assert.deepEqual([events.issues, members.issues, coalitions.issues], [[], [], []]);
    assert.deepEqual(events.items[0], { ...xssEvent('x'), status: 'scheduled' });
    assert.deepEqual(members.items[0], xssMember('x'));
    assert.deepEqual(coalitions.items[0], xssCoalition('x'));
    assert.equal(events.items[0]!.name, XSS_STRINGS[0]);
  });
});

describe('submissions', () => {
  const errorsOf = (schema: z.ZodMiniType, value: unknown, lang: 'fr' | 'en' = 'fr') => {
    const r = validate(schema, value, lang);
    assert.equal(r.ok, false, 'should be refused');
    return r.ok ? [] : r.errors;
  };
  const paths = (errors: { path: IssuePath }[]) => errors.map((e) => e.path.join('.'));

  it('pledge: each broken field is named', () => {
    const cases: [string, unknown, string][] = [
      ['email', 'camille@', 'email'],
      ['name', '', 'name'],
      ['name', 'x'.repeat(101), 'name'],
      ['commitments', [], 'commitments'],
      ['pledgerKind', 'robot', 'pledgerKind'],
      ['postalCode', '<script>', 'postalCode'],
      ['consent', false, 'consent'],
      ['public', 'yes', 'public'],
    ];
    for (const [field, value, path] of cases) {
      assert.deepEqual(paths(errorsOf(Pledge, { ...goodPledge(), [field]: value })), [path], field);
    }
  });

  it('pledge and declaration: control characters and zero-width-only names are refused, by field', () => {
    const terminal = 'Camille\u001b]0;pwned\u0007\u001b[2J';
    const cases: [z.ZodMiniType, Item, string, string][] = [
      [Pledge, { ...goodPledge(), name: terminal }, 'name', 'tient sur une ligne'],
      [Pledge, { ...goodPledge(), name: 'Jean\tFaux' }, 'name', 'tient sur une ligne'],
      [Pledge, { ...goodPledge(), name: 'Jean\nFaux' }, 'name', 'tient sur une ligne'],
      [Pledge, { ...goodPledge(), name: 'C1 \u009b2J' }, 'name', 'tient sur une ligne'],
      [Pledge, { ...goodPledge(), name: '\u200b\u200c\u2060\ufeff' }, 'name', 'vide'],
      [Pledge, { ...goodPledge(), organisation: 'Asso\u0000' }, 'organisation', 'une ligne'],
      [Pledge, { ...goodPledge(), message: 'Bonjour\u001b[2J' }, 'message', 'retours à la ligne'],
      [Pledge, { ...goodPledge(), message: 'a\rb' }, 'message', 'retours à la ligne'],
      [
        CoalitionDeclaration,
        { ...goodDeclaration(), contacts: [{ name: 'Jean\tFaux', email: 'j@example.org' }] },
        'contacts.0.name',
        'une ligne',
      ],
      [CoalitionDeclaration, { ...goodDeclaration(), name: '\u200b' }, 'name', 'vide'],
      [
        CoalitionDeclaration,
        { ...goodDeclaration(), members: ['A', 'B\u0007'] },
        'members.1',
        'ligne',
      ],
      [
        CoalitionDeclaration,
        { ...goodDeclaration(), actions: [{ title: 'T\u001b', status: 'planned' }] },
        'actions.0.title',
        'ligne',
      ],
    ];
    for (const [schema, value, path, message] of cases) {
      const errors = errorsOf(schema, value);
      assert.deepEqual(paths(errors), [path], JSON.stringify(value));
      assert.match(errors[0]!.message, new RegExp(message));
    }
    const en = errorsOf(Pledge, { ...goodPledge(), name: terminal }, 'en');
    assert.match(en[0]!.message, /^Invisible character not allowed/);
    assert.match(
      errorsOf(Pledge, { ...goodPledge(), message: '\u0007' }, 'en')[0]!.message,
      /^Control character/,
    );
  });

  it('pledge: a long text keeps its line breaks, LF or CRLF; names keep their accents and emoji', () => {
    for (const message of ['Ligne une\nligne deux', 'Ligne une\r\nligne deux'])
      assert.equal(validate(Pledge, { ...goodPledge(), message }).ok, true, message);
    assert.equal(validate(Pledge, { ...goodPledge(), name: 'Zoé Ñúñez 🌱' }).ok, true);
    assert.equal(
      validate(Pledge, { ...goodPledge(), name: 'Zoé\u200dX' }).ok,
      true,
      'ZWJ inside a name',
    );
  });

  it('pledge: an organisation names itself; unknown fields are refused', () => {
    const org = errorsOf(Pledge, { ...goodPledge(), pledgerKind: 'organisation' });
    assert.deepEqual(paths(org), ['organisation']);
    assert.match(org[0]!.message, /organisation est obligatoire/);
    const extra = errorsOf(Pledge, { ...goodPledge(), confirmed: true });
    assert.match(extra[0]!.message, /confirmed/);
  });

  it('pledge: messages in French by default, English on request', () => {
    const value = { ...goodPledge(), consent: false, email: undefined };
    assert.deepEqual(
      errorsOf(Pledge, value).map((e) => e.message),
      ['Ce champ est obligatoire', 'Votre accord est nécessaire pour enregistrer votre engagement'],
    );
    assert.deepEqual(
      errorsOf(Pledge, value, 'en').map((e) => e.message),
      ['This field is required', 'Your agreement is needed to record your pledge'],
    );
  });

  it('coalition declaration: contacts, public contact URL and consent', () => {
    assert.deepEqual(
      paths(errorsOf(CoalitionDeclaration, { ...goodDeclaration(), contacts: [] })),
      ['contacts'],
    );
    assert.deepEqual(
      paths(
        errorsOf(CoalitionDeclaration, {
          ...goodDeclaration(),
          publicContact: { url: 'javascript:alert(1)' },
        }),
      ),
      ['publicContact.url'],
    );
    assert.deepEqual(
      paths(errorsOf(CoalitionDeclaration, { ...goodDeclaration(), consent: undefined })),
      ['consent'],
    );
  });
});
