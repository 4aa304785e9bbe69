/**
 * Members from a spreadsheet (CSV), with French or English column names. A row without a
 * usable name or type is left out; a bad optional value (a date, a URL…) is dropped and the
 * member imported without it. Each is reported with its line and column.
 */
import {
  MEMBER_KINDS,
  Member,
  fold,
  slug,
  validate,
  type Lang,
  type MemberKind,
} from '@coalition-kit/sdk';
import { readCsv } from './csv-read.js';
import type { RowIssue } from './import-issue.js';
import { spreadsheetDate } from './spreadsheet-date.js';

/** Accepted column names (compared without case, accents, spaces or punctuation). */
export const MEMBER_COLUMNS = {
  id: ['id', 'identifiant'],
  name: [
    'nom',
    'name',
    'structure',
    'organisation',
    'organization',
    'nomdelastructure',
    'nomdelorganisation',
    'nomstructure',
    'raisonsociale',
  ],
  kind: [
    'type',
    'kind',
    'categorie',
    'category',
    'typedestructure',
    'typedorganisation',
    'typestructure',
  ],
  description: ['description'],
  url: ['site', 'siteweb', 'siteinternet', 'url', 'website'],
  logo: ['logo'],
  locality: ['commune', 'ville', 'locality', 'city', 'town'],
  region: ['region'],
  lat: ['latitude', 'lat'],
  lon: ['longitude', 'lon', 'lng'],
  themes: ['thematiques', 'themes', 'thematique', 'theme'],
  joinedAt: [
    'adhesion',
    'dateadhesion',
    'datedadhesion',
    'adherentdepuis',
    'membredepuis',
    'joinedat',
    'joined',
    'since',
  ],
  coalitions: ['coalitions'],
} as const;

type Column = keyof typeof MEMBER_COLUMNS;

const squash = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

/** The labels a coordinator writes in the "type" column, as the report suggests them. */
export const KIND_NAMES: Record<Lang, Record<MemberKind, string>> = {
  fr: {
    entreprise: 'Entreprise',
    association: 'Association',
    institution: 'Institution',
    'etablissement-public': 'Établissement public',
    collectivite: 'Collectivité',
    reseau: 'Réseau',
    'collectif-citoyen': 'Collectif citoyen',
  },
  en: {
    entreprise: 'Company',
    association: 'Association',
    institution: 'Institution',
    'etablissement-public': 'Public body',
    collectivite: 'Local authority',
    reseau: 'Network',
    'collectif-citoyen': 'Citizen group',
  },
};

/** Other words a spreadsheet may hold in the "type" column (plurals, kinds of local authority). */
const KIND_WORDS: Record<MemberKind, string[]> = {
  entreprise: ['entreprises', 'companies'],
  association: ['associations', 'asso'],
  institution: ['institutions'],
  'etablissement-public': ['etablissementspublics', 'publicbodies'],
  collectivite: [
    'collectivites',
    'collectiviteterritoriale',
    'collectivitesterritoriales',
    'commune',
    'mairie',
    'intercommunalite',
    'epci',
    'communautedecommunes',
    'communautedagglomeration',
    'communauteurbaine',
    'metropole',
    'departement',
    'conseildepartemental',
    'region',
    'conseilregional',
    'localauthorities',
  ],
  reseau: ['reseaux', 'networks'],
  'collectif-citoyen': [
    'collectifscitoyens',
    'collectifdecitoyens',
    'collectifdhabitants',
    'citizengroups',
  ],
};

const KIND_LABELS: Record<string, MemberKind> = Object.fromEntries(
  MEMBER_KINDS.flatMap((kind) => [
    ...[KIND_NAMES.fr[kind], KIND_NAMES.en[kind], ...KIND_WORDS[kind]].map((w) => [
      squash(w),
      kind,
    ]),
  ]),
);

/** The fields a bad value of which is dropped, the member imported without it. */
const OPTIONAL = new Set<string>([
  'description',
  'url',
  'logo',
  'locality',
  'region',
  'geo',
  'themes',
  'joinedAt',
  'coalitions',
]);

const M = {
  fr: {
    empty: 'fichier vide : aucune ligne à importer',
    noName: 'aucune colonne « nom » (ou « name ») dans l’en-tête',
    noKind: 'aucune colonne « type » (ou « kind ») dans l’en-tête : chaque ligne en a besoin',
    kind: (v: string) =>
      `${v === '' ? 'type vide' : `type « ${v} » inconnu`} (attendu : ${Object.values(KIND_NAMES.fr).join(', ')})`,
    number: (v: string) => `« ${v} » n’est pas un nombre : position ignorée`,
    halfGeo: 'latitude sans longitude (ou l’inverse) : position ignorée',
    date: (v: string) =>
      `date « ${v} » illisible (attendu jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj ou un nombre de série Excel)`,
    garbled: (v: string) =>
      `« ${v} » contient « \uFFFD » : le fichier a été abîmé par une conversion avant l’import`,
    garbledValue: 'corrigez la cellule et réimportez',
    garbledName:
      'le nom donne l’identifiant du membre, qui serait faux : corrigez la cellule et réimportez',
    duplicate: (id: string, line: number) => `identifiant « ${id} » déjà utilisé ligne ${line}`,
    unknownColumn: 'colonne inconnue, ignorée',
    beforeHeader: 'ligne avant l’en-tête (titre ?), ignorée',
    duplicateColumn: (other: string) => `même champ que la colonne « ${other} », ignorée`,
  },
  en: {
    empty: 'empty file: no row to import',
    noName: 'no "name" (or "nom") column in the header',
    noKind: 'no "kind" (or "type") column in the header: every row needs one',
    kind: (v: string) =>
      `${v === '' ? 'empty type' : `unknown type "${v}"`} (expected: ${Object.values(KIND_NAMES.en).join(', ')})`,
    number: (v: string) => `"${v}" is not a number: position dropped`,
    halfGeo: 'latitude without longitude (or the reverse): position dropped',
    date: (v: string) =>
      `unreadable date "${v}" (expected dd/mm/yyyy, dd/mm/yy, yyyy-mm-dd or an Excel serial number)`,
    garbled: (v: string) =>
      `"${v}" contains "\uFFFD": the file was damaged by a conversion before the import`,
    garbledValue: 'fix the cell and import again',
    garbledName:
      'the name gives the member its id, which would be wrong: fix the cell and import again',
    duplicate: (id: string, line: number) => `id "${id}" already used on line ${line}`,
    unknownColumn: 'unknown column, ignored',
    beforeHeader: 'line before the header (a title?), ignored',
    duplicateColumn: (other: string) => `same field as column "${other}", ignored`,
  },
} as const;

const num = (v: string) => Number(v.replace(',', '.'));

/** `www.example.org` or `example.org/page`, as coordinators type them, get `https://`. */
const withScheme = (v: string | undefined) =>
  v && /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v) ? `https://${v}` : v;

/** Reads members from CSV text: the valid ones, and what was left out or dropped, row by row. */
export function membersFromCsv(
  text: string,
  lang: Lang = 'fr',
): { items: Member[]; issues: RowIssue[] } {
  const m = M[lang];
  const records = readCsv(text);
  // Title rows above the table ("Membres du collectif – décembre 2026") come before the header.
  const found = records
    .slice(0, 10)
    .findIndex((r) =>
      r.cells.some((c) => (MEMBER_COLUMNS.name as readonly string[]).includes(squash(c))),
    );
  const headerAt = Math.max(found, 0);
  const header = records[headerAt];
  const rows = records.slice(headerAt + 1);
  if (!header) return { items: [], issues: [{ line: 1, message: m.empty, effect: 'row' }] };
  const issues: RowIssue[] = records
    .slice(0, headerAt)
    .map((r) => ({ line: r.line, message: m.beforeHeader, effect: 'note' }));
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const name = squash(cell);
    if (name === '') return;
    const column = (Object.keys(MEMBER_COLUMNS) as Column[]).find((c) =>
      (MEMBER_COLUMNS[c] as readonly string[]).includes(name),
    );
    const note = (message: string) =>
      issues.push({ line: header.line, column: cell.trim(), message, effect: 'note' });
    if (!column) note(m.unknownColumn);
    else if (index.has(column)) note(m.duplicateColumn(header.cells[index.get(column)!]!.trim()));
    else index.set(column, i);
  });
  const fatal = !index.has('name') ? m.noName : !index.has('kind') ? m.noKind : undefined;
  if (fatal) return { items: [], issues: [{ line: header.line, message: fatal, effect: 'row' }] };
  const label = (c: Column) => header.cells[index.get(c)!]!.trim();
  const items: Member[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const at = (column: Column | undefined, message: string, effect: RowIssue['effect']) =>
      issues.push({ line: row.line, column: column && label(column), message, effect });
    const values = new Map<Column, string>();
    let garbledName = false;
    for (const [c, i] of index) {
      const v = (row.cells[i] ?? '').trim();
      if (v === '') continue;
      if (v.includes('\uFFFD')) {
        const key = c === 'name' || c === 'id';
        const sep = lang === 'fr' ? ' ; ' : '; ';
        const why = `${m.garbled(v)}${sep}${key ? m.garbledName : m.garbledValue}`;
        at(c, why, key ? 'row' : 'value');
        garbledName ||= key;
      } else values.set(c, v);
    }
    if (garbledName) continue;
    const get = (c: Column) => values.get(c);
    const list = (c: Column) =>
      get(c)
        ?.split(/[;,|]/)
        .map((s) => slug(s))
        .filter(Boolean);
    const rawKind = get('kind') ?? '';
    const kind = (MEMBER_KINDS as readonly string[]).includes(rawKind)
      ? (rawKind as MemberKind)
      : KIND_LABELS[squash(rawKind)];
    if (!kind) {
      at('kind', m.kind(rawKind), 'row');
      continue;
    }
    const lat = get('lat');
    const lon = get('lon');
    let geo: { lat: number; lon: number } | undefined;
    if (lat && Number.isNaN(num(lat))) at('lat', m.number(lat), 'value');
    else if (lon && Number.isNaN(num(lon))) at('lon', m.number(lon), 'value');
    else if (lat && lon) geo = { lat: num(lat), lon: num(lon) };
    else if (lat || lon) at(lat ? 'lat' : 'lon', m.halfGeo, 'value');
    const rawDate = get('joinedAt');
    const joinedAt = rawDate === undefined ? undefined : spreadsheetDate(rawDate);
    if (rawDate !== undefined && joinedAt === undefined) at('joinedAt', m.date(rawDate), 'value');
    const name = get('name') ?? '';
    const candidate: Record<string, unknown> = JSON.parse(
      JSON.stringify({
        id: get('id') ?? slug(name),
        name,
        kind,
        description: get('description'),
        url: withScheme(get('url')),
        logo: withScheme(get('logo')),
        locality: get('locality'),
        region: get('region'),
        geo,
        themes: list('themes'),
        joinedAt,
        coalitions: list('coalitions'),
      }),
    );
    let checked = validate(Member, candidate, lang);
    // A bad optional value is dropped and reported; the member is checked again without it.
    if (!checked.ok) {
      const dropped = [...new Set(checked.errors.map((e) => String(e.path[0])))].filter((f) =>
        OPTIONAL.has(f),
      );
      for (const e of checked.errors) {
        const field = String(e.path[0]);
        if (!OPTIONAL.has(field)) continue;
        const column = (field === 'geo' ? 'lat' : field) as Column;
        at(index.has(column) ? column : undefined, e.message, 'value');
      }
      for (const f of dropped) delete candidate[f];
      if (dropped.length > 0) checked = validate(Member, candidate, lang);
    }
    if (!checked.ok) {
      for (const e of checked.errors) {
        const field = String(e.path[0]);
        const column = (field === 'id' && !index.has('id') ? 'name' : field) as Column;
        at(index.has(column) ? column : undefined, e.message, 'row');
      }
      continue;
    }
    const first = seen.get(checked.value.id);
    if (first !== undefined) {
      at(index.has('id') ? 'id' : 'name', m.duplicate(checked.value.id, first), 'row');
      continue;
    }
    seen.set(checked.value.id, row.line);
    items.push(checked.value);
  }
  return { items, issues };
}
