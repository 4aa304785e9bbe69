/** The notice version stored with each pledge as proof of consent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Campaign } from '@coalition-kit/sdk';
import { noticeVersion } from '../src/http/submissions.js';

const campaign: Campaign = {
  id: 'appel',
  title: 'Appel à engagements',
  description: 'Engagez-vous pour le climat.',
  commitments: [{ id: 'velo', label: 'Je vais au travail à vélo' }],
  pledgerKinds: ['citizen'],
  privacyUrl: 'https://example.org/confidentialite',
  retentionMonths: 24,
  confirmation: 'none',
};

test('the same notice gives the same version; any change to it gives another', () => {
  assert.match(noticeVersion(campaign), /^[0-9a-f]{16}$/);
  assert.equal(noticeVersion({ ...campaign, goal: 500 }), noticeVersion(campaign));
  for (const change of [
    { privacyUrl: 'https://example.org/confidentialite-v2' },
    { retentionMonths: 36 },
    { description: 'Engagez-vous pour le climat, et partagez vos données avec nos partenaires.' },
  ]) {
    assert.notEqual(noticeVersion({ ...campaign, ...change }), noticeVersion(campaign));
  }
});
