/** Members files as coordinators' spreadsheets really write them: encodings, dates, headers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeText } from '../src/io/decode-text.js';
import { membersFromCsv } from '../src/io/members-csv.js';
import { spreadsheetDate } from '../src/io/spreadsheet-date.js';
import { importReport } from '../src/io/import-report.js';

const bytes = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const importFile = (name: string, lang: 'fr' | 'en' = 'fr') => {
  const decoded = decodeText(bytes(name));
  return { decoded, ...membersFromCsv(decoded.text, lang) };
};

test('French Excel "CSV (séparateur : point-virgule)" is read as Windows-1252, accents intact', () => {
  const raw = bytes('membres-excel-1252.csv');
  // The fixture really is Windows-1252: é is the single byte 0xE9, ’ is 0x92.
  assert.ok(raw.includes(0xe9) && raw.includes(0x92));
  const { decoded, items } = importFile('membres-excel-1252.csv');
  assert.equal(decoded.encoding, 'windows-1252');
  assert.doesNotMatch(decoded.text, /\uFFFD/);
  const names = items.map((m) => m.name);
  assert.ok(names.includes('Les Ateliers du Vélo'), names.join(' | '));
  assert.ok(names.includes('Agence de l’Eau Artois-Picardie'), 'Windows-1252 0x92 is ’');
  assert.ok(names.includes('Réseau Cœur de Flandre'), 'Windows-1252 0x9C is œ');
  const kinds = new Map(items.map((m) => [m.name, m.kind]));
  assert.equal(kinds.get('Métropole Européenne de Lille'), 'collectivite');
  assert.equal(kinds.get('Agence de l’Eau Artois-Picardie'), 'etablissement-public');
  assert.equal(kinds.get('Énergies Citoyennes; Douaisis'), 'collectif-citoyen');
});

test('an Excel file: dates of every form, a multi-line quoted cell, trailing empty columns and rows', () => {
  const { items, issues } = importFile('membres-excel-1252.csv');
  assert.equal(items.length, 6);
  const joined = new Map(items.map((m) => [m.name, m.joinedAt]));
  assert.equal(joined.get('Les Ateliers du Vélo'), '2015-03-12', 'dd/mm/yyyy');
  assert.equal(joined.get('Agence de l’Eau Artois-Picardie'), '2018-06-15', 'dd/mm/yy');
  assert.equal(joined.get('Énergies Citoyennes; Douaisis'), '2015-03-12', 'Excel serial 42075');
  assert.equal(joined.get('Coopérative Bâtir Sain'), '2016-05-04', 'ISO');
  // 31/02/2016 does not exist: the date is dropped, the member kept, the coordinator told.
  const coeur = items.find((m) => m.name === 'Réseau Cœur de Flandre')!;
  assert.equal(coeur.joinedAt, undefined);
  assert.deepEqual(
    issues.find((i) => i.line === 7),
    {
      line: 7,
      column: "Date d'adhésion",
      effect: 'value',
      message:
        'date « 31/02/2016 » illisible (attendu jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj ou un nombre de série Excel)',
    },
  );
  const velo = items.find((m) => m.name === 'Les Ateliers du Vélo')!;
  assert.deepEqual(velo.geo, { lat: 50.6292, lon: 3.0573 });
  assert.deepEqual(items.find((m) => m.name.startsWith('Énergies'))!.themes, [
    'energie',
    'sensibilisation',
  ]);
  // Row 9 (after the two-line cell of rows 5–6) is left out for its type; the `;;;` rows are not rows.
  assert.deepEqual(
    issues.filter((i) => i.effect === 'row').map((i) => [i.line, i.column]),
    [[9, 'Type de structure']],
  );
  assert.deepEqual(
    issues.filter((i) => i.effect === 'note').map((i) => [i.line, i.column]),
    [[1, 'Remarques']],
  );
});

test('the report says the encoding, the counts, and each line with its column (fr and en)', () => {
  const { decoded, items, issues } = importFile('membres-excel-1252.csv');
  const fr = importReport('membres.csv', 'members', decoded, { items, issues }, 'fr');
  assert.match(fr[0]!, /encodage lu Windows-1252/);
  assert.equal(
    fr[1],
    'membres.csv : 6 membre(s) importé(s), 1 ligne(s) écartée(s), 1 valeur(s) ignorée(s).',
  );
  assert.ok(
    fr.includes('  ligne 1, colonne « Remarques » : colonne inconnue, ignorée'),
    fr.join('\n'),
  );
  assert.ok(
    fr.some((l) => l.startsWith("  ligne 7, colonne « Date d'adhésion » : valeur ignorée")),
  );
  assert.ok(
    fr.some((l) =>
      /^ {2}ligne 9, colonne « Type de structure » : écartée : type « Licorne »/.test(l),
    ),
  );
  const en = importFile('membres-excel-1252.csv', 'en');
  const lines = importReport('members.csv', 'members', en.decoded, en, 'en');
  assert.match(lines[0]!, /read as Windows-1252/);
  assert.match(lines[1]!, /6 member\(s\) imported, 1 row\(s\) left out, 1 value\(s\) dropped/);
  assert.ok(lines.some((l) => l.startsWith('  line 7, column "Date d\'adhésion": value dropped')));
});

test('Excel "Texte Unicode": UTF-16 LE with BOM, tab-separated', () => {
  const { decoded, items, issues } = importFile('membres-texte-unicode.txt');
  assert.equal(decoded.encoding, 'utf-16le');
  assert.deepEqual(issues, []);
  assert.deepEqual(
    items.map((m) => [m.name, m.kind, m.joinedAt]),
    [
      ['Maison de l’Habitat Durable', 'etablissement-public', '2020-10-05'],
      ['Œuvres Solidaires du Nord', 'association', undefined],
      ['Collectif Vélo, Rue "Partagée"', 'collectif-citoyen', '2021-04-03'],
    ],
  );
});

test('Excel for Mac "CSV (Macintosh)": Mac Roman, lines ended by CR alone', () => {
  const { decoded, items, issues } = importFile('membres-excel-mac.csv');
  assert.equal(decoded.encoding, 'macintosh');
  assert.deepEqual(issues, []);
  assert.deepEqual(
    items.map((m) => [m.name, m.kind, m.joinedAt]),
    [
      ['Les Ateliers du Vélo', 'association', '2015-03-12'],
      ['Communauté d’agglomération du Douaisis', 'collectivite', '2019-09-01'],
      ['Ressourcerie de l’Avesnois', 'entreprise', undefined],
      ['Théâtre à la campagne', 'association', undefined],
    ],
  );
  assert.equal(items[3]!.description, 'Compagnie itinérante ;\nspectacles en plein air');
});

test('a file already damaged (U+FFFD inside) is never imported silently', () => {
  const { decoded, items, issues } = importFile('membres-abime.csv');
  assert.equal(decoded.encoding, 'utf-8');
  // The name would give a wrong id ("les-ateliers-du-v-lo"): the row waits for a fixed file.
  assert.deepEqual(
    issues.map((i) => [i.line, i.column, i.effect]),
    [
      [2, 'Nom', 'row'],
      [3, 'Description', 'value'],
    ],
  );
  assert.deepEqual(
    items.map((m) => [m.name, m.description]),
    [['Maison de la Nature', undefined]],
  );
  assert.equal(
    issues[0]!.message,
    '« Les Ateliers du V\uFFFDlo » contient « \uFFFD » : le fichier a été abîmé par une conversion avant l’import ; le nom donne l’identifiant du membre, qui serait faux : corrigez la cellule et réimportez',
  );
});

test('the encoding is detected: UTF-8 with and without BOM, Windows-1252, damaged UTF-8', () => {
  const utf8 = new TextEncoder().encode('Nom;Type\nCollectivité;Réseau\n');
  assert.deepEqual(decodeText(utf8), {
    text: 'Nom;Type\nCollectivité;Réseau\n',
    encoding: 'utf-8',
    invalidBytes: 0,
  });
  const withBom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]));
  assert.equal(withBom.encoding, 'utf-8-bom');
  assert.equal(withBom.text.charCodeAt(0), 'N'.charCodeAt(0));
  // Every Windows-1252 byte from 0x80 to 0x9F that French text uses: € ‚ „ … ‘ ’ “ ” • – — œ Œ
  const cp1252 = new Uint8Array([
    0x80, 0x82, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x9c, 0x8c, 0xe9,
  ]);
  assert.deepEqual(decodeText(cp1252), {
    text: '€‚„…‘’“”•–—œŒé',
    encoding: 'windows-1252',
    invalidBytes: 0,
  });
  // A UTF-8 file with one stray Windows-1252 byte stays UTF-8; the bad byte is marked and counted.
  const mixed = new Uint8Array([...new TextEncoder().encode('Vélo Écoles '), 0xe9, 0x0a]);
  assert.deepEqual(decodeText(mixed), {
    text: 'Vélo Écoles \uFFFD\n',
    encoding: 'utf-8',
    invalidBytes: 1,
  });
});

test('spreadsheet dates: which forms are read, and which are refused', () => {
  const cases: [string, string | undefined][] = [
    ['12/03/2015', '2015-03-12'],
    ['1/3/2015', '2015-03-01'],
    ['12.03.2015', '2015-03-12'],
    ['12-03-2015', '2015-03-12'],
    ['12/03/2015 00:00', '2015-03-12'],
    ['12/03/15', '2015-03-12'],
    ['12/03/29', '2029-03-12'],
    ['12/03/30', '1930-03-12'],
    ['2015-03-12', '2015-03-12'],
    ['2015-03-12T09:00:00+01:00', '2015-03-12T09:00:00+01:00'],
    ['42075', '2015-03-12'],
    ['42075,5', '2015-03-12'],
    ['29/02/2016', '2016-02-29'],
    ['29/02/2015', undefined],
    ['31/02/2016', undefined],
    ['03/25/2015', undefined],
    ['2015', undefined],
    ['mars 2015', undefined],
    ['2015-13-01', undefined],
  ];
  for (const [raw, expected] of cases) assert.equal(spreadsheetDate(raw), expected, raw);
});

test('header variants: case, accents, words around the field name', () => {
  const csv =
    'NOM DE LA STRUCTURE,TYPE D’ORGANISATION,Ville,Adhérent depuis\nLa Fabrique,ENTREPRISE,Lens,2020-01-02\n';
  const { items, issues } = membersFromCsv(csv);
  assert.deepEqual(issues, []);
  assert.deepEqual(
    items.map((m) => [m.name, m.kind, m.locality, m.joinedAt]),
    [['La Fabrique', 'entreprise', 'Lens', '2020-01-02']],
  );
});

test('an Excel "sep=;" first line names the separator and is not the header', () => {
  const { items, issues } = membersFromCsv('sep=;\r\nNom;Type\r\nLa Fabrique, Lens;Entreprise\r\n');
  assert.deepEqual(issues, []);
  assert.deepEqual(
    items.map((m) => m.name),
    ['La Fabrique, Lens'],
  );
});

test('a bad optional value drops that value, not the member', () => {
  const csv = 'nom;type;site;latitude;longitude\nSite Piégé;Entreprise;javascript:alert(1);50,1;\n';
  const { items, issues } = membersFromCsv(csv);
  assert.deepEqual(
    items.map((m) => [m.name, m.url, m.geo]),
    [['Site Piégé', undefined, undefined]],
  );
  assert.deepEqual(
    issues.map((i) => [i.line, i.column, i.effect]),
    [
      [2, 'latitude', 'value'],
      [2, 'site', 'value'],
    ],
  );
});

test('title rows above the table are skipped and said; the header is the row that names the columns', () => {
  const csv =
    'Membres du collectif – décembre 2026;;\r\n;;\r\nNom;Type;Commune\r\nLa Fabrique;Entreprise;Lens\r\n';
  const { items, issues } = membersFromCsv(csv);
  assert.deepEqual(
    items.map((m) => [m.name, m.locality]),
    [['La Fabrique', 'Lens']],
  );
  assert.deepEqual(
    issues.map((i) => [i.line, i.effect, i.message]),
    [[1, 'note', 'ligne avant l’en-tête (titre ?), ignorée']],
  );
});

test('the type column: slugs, labels in any case, plurals, kinds of local authority', () => {
  const rows = [
    ['etablissement-public', 'etablissement-public'],
    ['ÉTABLISSEMENT PUBLIC', 'etablissement-public'],
    ['Collectivité territoriale', 'collectivite'],
    ['Communauté de communes', 'collectivite'],
    ['Mairie', 'collectivite'],
    ['Réseaux', 'reseau'],
    ['Associations', 'association'],
    ['Collectif d’habitants', 'collectif-citoyen'],
    ['Local authority', 'collectivite'],
  ];
  const csv = ['nom;type', ...rows.map(([label], i) => `Structure ${i};${label}`)].join('\n');
  const { items, issues } = membersFromCsv(csv);
  assert.deepEqual(issues, []);
  assert.deepEqual(
    items.map((m) => m.kind),
    rows.map(([, kind]) => kind),
  );
  const unknown = membersFromCsv('nom;type\nStructure;Club\n').issues[0]!.message;
  assert.equal(
    unknown,
    'type « Club » inconnu (attendu : Entreprise, Association, Institution, Établissement public, Collectivité, Réseau, Collectif citoyen)',
  );
});

test('a site typed without https:// (www.example.org) is kept, with https://', () => {
  const csv =
    'nom;type;site web\nLa Fabrique;Entreprise;www.example.org\nLe Relais;Association;example.org/relais\nL’Atelier;Association;voir la page\n';
  const { items, issues } = membersFromCsv(csv);
  assert.deepEqual(
    items.map((m) => m.url),
    ['https://www.example.org', 'https://example.org/relais', undefined],
  );
  assert.deepEqual(
    issues.map((i) => [i.line, i.column, i.effect]),
    [[4, 'site web', 'value']],
  );
});
