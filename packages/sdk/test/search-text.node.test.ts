/** Search folding: what a visitor types finds what the feed spells. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesSearch, searchText } from '../src/index.js';

test('searchText ignores case, accents, ligatures and punctuation', () => {
  assert.equal(searchText('Cœur d’Île-de-France'), 'coeur d ile de france');
  assert.equal(searchText('ÆSTHÉTIQUE, « Straße » !'), 'aesthetique strasse');
  assert.equal(searchText('  Climat—21 / Lille…  '), 'climat 21 lille');
  assert.equal(searchText('—!?'), '');
});

test('matchesSearch needs every word, each from the start of a word', () => {
  const hay = ['Coalition Climat 21 Lille', 'Mobilité et cœur de ville'];
  assert.ok(matchesSearch('lille coeur', hay));
  assert.ok(matchesSearch('MOBILITE', hay));
  assert.ok(matchesSearch('', hay));
  assert.ok(matchesSearch('  ', hay));
  assert.ok(!matchesSearch('ille', hay));
  assert.ok(!matchesSearch('lille brest', hay));
});
