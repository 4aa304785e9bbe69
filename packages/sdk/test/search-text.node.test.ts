/** Search folding: what a visitor types finds what a feed says, whatever the accents and signs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesSearch, searchText, searchWords } from '../src/index.js';

const finds = (query: string, text: string) => matchesSearch(searchText(text), searchWords(query));

test('accents and case are ignored', () => {
  assert.ok(finds('ecole', 'École des transitions'));
  assert.ok(finds('ÉCOLE', 'ecole'));
  assert.ok(finds('energie', 'Énergies renouvelables'));
});

test('ligatures are spelled out, which NFD alone does not do', () => {
  assert.equal('Œuvre'.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), 'œuvre');
  assert.ok(finds('oeuvre', 'Les Œuvres sociales'));
  assert.ok(finds('œuvre', 'Oeuvre'));
  assert.ok(finds('caecilia', 'Cæcilia'));
  assert.ok(finds('strasse', 'Straße'));
  assert.ok(finds('fichier', 'ﬁchier'));
});

test('punctuation, apostrophes and dashes separate words', () => {
  assert.ok(finds("l'ademe", 'L’ADEME Hauts-de-France'));
  assert.ok(finds('l’ademe', "l'Ademe"));
  assert.ok(finds('saint etienne', 'Saint-Étienne'));
  assert.ok(finds('saint-etienne', 'Saint Étienne'));
  assert.ok(finds('climat', '« Climat » !'));
  assert.equal(searchText('  « L’Œuvre — Saint-Étienne »  '), 'l oeuvre saint etienne');
});

test('every word must be found, in any order; no words finds everything', () => {
  assert.ok(finds('lille ville', 'Ville de Lille'));
  assert.ok(!finds('lille roubaix', 'Ville de Lille'));
  assert.deepEqual(searchWords(' — ! '), []);
  assert.ok(finds('', 'anything'));
});

test('a word is found from its start, not from its middle', () => {
  assert.ok(finds('velo', 'Droit au vélo'));
  assert.ok(!finds('velo', 'Centre du développement durable'));
  assert.ok(finds('transition', 'École des transitions'));
  assert.ok(finds('etienne', 'Saint-Étienne-au-Mont'));
});

test('markup in the text is only text', () => {
  assert.equal(searchText('<b>Gras</b>'), 'b gras b');
});
