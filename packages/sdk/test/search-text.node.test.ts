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

/** The folding by Unicode classes alone, which the plain-range path must match. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };
const byClasses = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøđłıþð]/g, (c) => LIGATURES[c] ?? { ı: 'i', þ: 'th', ð: 'd' }[c]!)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

test('every character of the plane folds as the Unicode classes say, between two letters', () => {
  const differ: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // halves of surrogate pairs
    const s = `A${String.fromCharCode(code)}b`;
    if (searchText(s) !== byClasses(s)) differ.push(`U+${code.toString(16).padStart(4, '0')}`);
  }
  assert.deepEqual(differ, []);
});

test('French text folds as the Unicode classes say, signs, accents and ligatures mixed', () => {
  const samples = [
    'Maison régionale de l’environnement et des solidarités',
    '« L’Œuvre » — n° 12, 3 € ; Saint‑Étienne…',
    'ÉCOLE DES TRANSITIONS : ﬁlière ²',
    'Ville de Lille\u00a0: l\u2019Estaminet du Climat\u202f!',
    'Zoë, Noël, Hélène & Cæcilia — Straße 5',
  ];
  // Random mixes of the same characters, from a fixed seed: the same strings at every run.
  const chars = [...new Set(samples.join(''))];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 0x7fffffff) % chars.length;
  for (let i = 0; i < 500; i++)
    samples.push(Array.from({ length: 24 }, () => chars[next()]).join(''));
  for (const s of samples) assert.equal(searchText(s), byClasses(s), s);
});
