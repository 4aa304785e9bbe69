/** CSV out (spreadsheet-safe) and CSV in (line numbers, `;` or `,`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv } from '../src/io/csv-write.js';
import { readCsv } from '../src/io/csv-read.js';

test('cells a spreadsheet would run as a formula are prefixed with a quote', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    const cell = csvCell(`${start}1+1`);
    assert.ok(cell.replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(cell));
  }
  assert.equal(csvCell('+33 6 12 34 56 78'), "'+33 6 12 34 56 78");
});

test('real formulas stay neutralised', () => {
  for (const formula of [
    '=HYPERLINK("http://x.example","clic")',
    '+SUM(1,2)',
    '-1+2',
    '@cmd',
    "=cmd|' /C calc'!A0",
  ])
    assert.ok(csvCell(formula).replace(/^"/, '').startsWith(`'`), formula);
  // Shaped like an address but with what a formula needs (a call, a quote, a sheet link).
  for (const trap of ['=SUM(1)@x.fr', '+A1!B2@x.fr', '-"x"@example.org', '@x.fr', '+1@1.1'])
    assert.ok(csvCell(trap).replace(/^"/, '').startsWith(`'`), trap);
});

test('an email address starting with + or - is exported as typed: no function, no link', () => {
  for (const email of ['+33@x.fr', '+tag@example.org', '-info@asso.fr', "+o'neil@example.org"])
    assert.equal(csvCell(email), email);
});

test('values with a dash, a plus or an at sign inside are left alone', () => {
  assert.equal(csvCell('Jean-Pierre'), 'Jean-Pierre');
  assert.equal(csvCell('a+b@example.org'), 'a+b@example.org');
});

test('RFC 4180 quoting: separators, quotes and line breaks', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('dit "oui"'), '"dit ""oui"""');
  assert.equal(csvCell('ligne\nsuivante'), '"ligne\nsuivante"');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(['a', 'b']), '"a;b"');
});

test('a file starts with the UTF-8 byte-order mark and ends lines with CRLF', () => {
  const csv = toCsv(['nom', 'ville'], [['Élodie', 'Lille']]);
  assert.equal(csv, '\uFEFFnom,ville\r\nÉlodie,Lille\r\n');
});

test('what toCsv writes, readCsv reads back', () => {
  const rows = [
    ['a,b', 'dit "oui"', 'deux\nlignes'],
    ['x', '', 'z'],
  ];
  const records = readCsv(toCsv(['c1', 'c2', 'c3'], rows));
  assert.deepEqual(
    records.map((r) => r.cells),
    [['c1', 'c2', 'c3'], ...rows],
  );
});

test('records know the line they start on, after a multi-line cell and blank lines', () => {
  const records = readCsv('nom;ville\n"Deux\nlignes";Lille\n\nTrois;Arras\n');
  assert.deepEqual(
    records.map((r) => [r.line, r.cells[0]]),
    [
      [1, 'nom'],
      [2, 'Deux\nlignes'],
      [5, 'Trois'],
    ],
  );
});

test('the separator is the one the header uses', () => {
  assert.deepEqual(
    readCsv('a,b\n1,2').map((r) => r.cells),
    [
      ['a', 'b'],
      ['1', '2'],
    ],
  );
  assert.deepEqual(
    readCsv('a;b\n1,5;2').map((r) => r.cells),
    [
      ['a', 'b'],
      ['1,5', '2'],
    ],
  );
});
