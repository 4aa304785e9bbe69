/** The text helpers the widgets and the server share: folding for search, slugs for ids. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, slug } from '../src/index.js';

test('fold ignores accents and case', () => {
  assert.equal(fold('Événement à Noël'), 'evenement a noel');
});

test('slug makes readable ids from French names', () => {
  assert.equal(slug('Réseau Action Climat'), 'reseau-action-climat');
  assert.equal(
    slug('  « Climatour » de Lille — quartier Fives, à pied ! '),
    'climatour-de-lille-quartier-fives-a-pied',
  );
  assert.equal(slug('Collectif 2030 : zéro déchet'), 'collectif-2030-zero-dechet');
});

test('slug is empty when nothing is a letter or digit, so callers choose the fallback', () => {
  assert.equal(slug('— ! —'), '');
});

test('slug keeps to its length and never ends on a dash', () => {
  const name = 'Coalition pour le climat du pays de Brest et des communes voisines';
  assert.equal(slug(name, 20), 'coalition-pour-le-cl');
  assert.equal(slug(name, 15), 'coalition-pour');
  assert.ok(slug('a'.repeat(200)).length === 80);
});
