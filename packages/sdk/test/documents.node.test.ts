/** Whole documents: the envelope, the collective's leniency, languages and zod's set-up. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { globalConfig } from 'zod/v4/core';
import {
  CampaignStats,
  Event,
  InvalidDocumentError,
  parseCollective,
  parseListDocument,
  validate,
} from '../src/index.js';
import { loadFixture } from '../../../test/fixtures/feeds/load.js';

describe('zod runs without eval', () => {
  it('is jitless once the package entry is imported', () => {
    assert.equal(globalConfig.jitless, true);
  });
});

describe('a document that cannot be used', () => {
  const unusable: [string, unknown][] = [
    ['an array', [{ id: 'a' }]],
    ['null', null],
    ['a string', 'events'],
    ['an object without items', { version: 1 }],
    ['items that are not a list', { version: 1, items: { a: 1 } }],
  ];
  for (const [what, doc] of unusable) {
    it(`refuses ${what}`, () => {
      assert.throws(() => parseListDocument(Event, doc), {
        name: 'InvalidDocumentError',
        message: 'Le document n’est pas un objet JSON avec une liste « items »',
      });
    });
  }

  for (const version of [2, '2.0', '0.9', undefined, '1.x']) {
    it(`refuses version ${JSON.stringify(version)}`, () => {
      assert.throws(
        () => parseListDocument(Event, { version, items: [] }),
        (error: Error) => {
          assert.ok(error instanceof InvalidDocumentError);
          assert.match(error.message, /^Version de flux inconnue/);
          return true;
        },
      );
    });
  }

  it('accepts version 1, "1" and "1.2"', () => {
    for (const version of [1, '1', '1.2'])
      assert.deepEqual(parseListDocument(Event, { version, items: [] }).items, []);
  });

  it('speaks English when asked', () => {
    assert.throws(() => parseListDocument(Event, { version: 3, items: [] }, 'en'), {
      message: 'Unknown feed version: only version 1 is supported (3)',
    });
  });
});

describe('issue messages in both languages', () => {
  it('translates our checks and zod’s', () => {
    const doc = {
      version: 1,
      items: [{ id: 'a', startDate: '2026-03-14', url: 'javascript:alert(1)' }],
    };
    const fr = parseListDocument(Event, doc).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    const en = parseListDocument(Event, doc, 'en').issues.map(
      (i) => `${i.path.join('.')}: ${i.message}`,
    );
    assert.deepEqual(fr, [
      'items.0.name: Ce champ est obligatoire',
      'items.0.url: Adresse web invalide : une URL absolue en http:// ou https:// est attendue',
    ]);
    assert.deepEqual(en, [
      'items.0.name: This field is required',
      'items.0.url: Invalid web address: an absolute http:// or https:// URL is expected',
    ]);
  });

  it('names the allowed values of an enum and the limit of a length', () => {
    const doc = {
      version: 1,
      items: [{ id: 'a', name: 'x'.repeat(201), startDate: '2026-03-14', status: 'done' }],
    };
    const messages = parseListDocument(Event, doc).issues.map((i) => i.message);
    assert.deepEqual(messages, [
      'Texte trop long : 200 caractères au plus',
      'Valeur invalide : "scheduled" ou "cancelled" ou "postponed" ou "rescheduled" attendu',
    ]);
  });
});

describe('collective.json is lenient where it can be', () => {
  it('leaves out a broken campaign and theme, drops a broken brand, keeps the rest', () => {
    const doc = loadFixture<
      Record<string, unknown> & { campaigns: Record<string, unknown>[]; themes: unknown[] }
    >('collective');
    doc.campaigns.push({ ...doc.campaigns[0], id: 'bis', privacyUrl: 'javascript:alert(1)' });
    doc.themes.push({ id: 'sans-label' });
    doc.brand = { primary: 'red; background: url(https://evil.example/)' };
    const { collective, issues } = parseCollective(doc);
    assert.deepEqual(
      collective.campaigns.map((c) => c.id),
      ['engagements-2026'],
    );
    assert.equal(collective.themes.length, 5);
    assert.equal(collective.brand, undefined);
    assert.deepEqual(
      issues.map((i) => i.path.join('.')),
      ['themes.5.label', 'campaigns.1.privacyUrl', 'brand.primary'],
    );
  });

  it('a campaign that closes before it opens is left out', () => {
    const doc = loadFixture<{ campaigns: Record<string, unknown>[] }>('collective');
    doc.campaigns[0]!.closesAt = '2025-12-31';
    const { collective, issues } = parseCollective(doc);
    assert.deepEqual(collective.campaigns, []);
    assert.deepEqual(issues[0]?.path, ['campaigns', 0, 'closesAt']);
  });

  it('leaves out a bad logo, link or description, and says so', () => {
    const doc = {
      ...loadFixture('collective'),
      logo: 'javascript:alert(1)',
      url: 'www.collectif.example',
      description: 'x'.repeat(6000),
    };
    const { collective, issues } = parseCollective(doc, 'en');
    assert.equal(collective.name, loadFixture<{ name: string }>('collective').name);
    assert.equal(collective.logo, undefined);
    assert.equal(collective.url, undefined);
    assert.equal(collective.description, undefined);
    assert.deepEqual(issues.map((i) => i.path.join('.')).sort(), ['description', 'logo', 'url']);
    assert.match(issues.find((i) => i.path[0] === 'logo')!.message, /Invalid web address/);
  });

  it('an unknown time zone or a missing name makes it unusable', () => {
    const badZone = { ...loadFixture('collective'), timeZone: 'Europe/Lutece' };
    assert.throws(() => parseCollective(badZone), {
      name: 'InvalidDocumentError',
      message: /timeZone: Fuseau horaire inconnu/,
    });
    const noName = { ...loadFixture('collective'), name: undefined };
    assert.throws(() => parseCollective(noName, 'en'), {
      message: 'The collective document is invalid (name: This field is required)',
    });
  });

  it('defaults the time zone to Europe/Paris', () => {
    const doc = { ...loadFixture('collective'), timeZone: undefined };
    assert.equal(parseCollective(doc).collective.timeZone, 'Europe/Paris');
  });
});

describe('counts are whole numbers', () => {
  it('refuses 1.5, -1 and a count as text, naming the field', () => {
    const stats = loadFixture<Record<string, unknown>>('stats');
    const result = validate(CampaignStats, {
      ...stats,
      total: 1.5,
      byCommitment: { velo: -1, local: '3' },
    });
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.errors.map((e) => `${e.path.join('.')}: ${e.message}`), [
      'total: Type invalide : un nombre entier attendu',
      'byCommitment.velo: Nombre trop petit : au moins 0',
      'byCommitment.local: Type invalide : un nombre attendu',
    ]);
  });
});
