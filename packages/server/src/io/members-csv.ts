/**
 * Members from a spreadsheet (CSV), with French or English column names. Each row that
 * cannot become a valid member is left out and reported with its line and reason.
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

/** Accepted column names (compared without case, accents, spaces or punctuation). */
export const MEMBER_COLUMNS = {
  id: ['id', 'identifiant'],
  name: ['nom', 'name', 'structure', 'organisation', 'organization'],
  kind: ['type', 'kind', 'categorie', 'category'],
  description: ['description'],
  url: ['site', 'siteweb', 'siteinternet', 'url', 'website'],
  logo: ['logo'],
  locality: ['commune', 'ville', 'locality', 'city', 'town'],
  region: ['region'],
  lat: ['latitude', 'lat'],
  lon: ['longitude', 'lon', 'lng'],
  themes: ['thematiques', 'themes', 'thematique', 'theme'],
  joinedAt: ['adhesion', 'dateadhesion', 'datedadhesion', 'joinedat', 'joined', 'since'],
  coalitions: ['coalitions'],
} as const;

type Column = keyof typeof MEMBER_COLUMNS;

const squash = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

/** French labels a spreadsheet may hold in the "type" column. */
const KIND_LABELS: Record<string, MemberKind> = {
  entreprise: 'entreprise',
  company: 'entreprise',
  association: 'association',
  institution: 'institution',
  etablissementpublic: 'etablissement-public',
  publicbody: 'etablissement-public',
  collectivite: 'collectivite',
  collectiviteterritoriale: 'collectivite',
  localauthority: 'collectivite',
  reseau: 'reseau',
  network: 'reseau',
  collectifcitoyen: 'collectif-citoyen',
  citizengroup: 'collectif-citoyen',
};

export interface RowIssue {
  line: number;
  message: string;
}

const M = {
  fr: {
    noName: 'aucune colonne « nom » (ou « name ») dans l’en-tête',
    kind: (v: string) => `type « ${v} » inconnu (attendu : ${MEMBER_KINDS.join(', ')})`,
    number: (col: string, v: string) => `${col} « ${v} » n’est pas un nombre`,
    duplicate: (id: string) => `identifiant « ${id} » déjà utilisé plus haut`,
  },
  en: {
    noName: 'no "name" (or "nom") column in the header',
    kind: (v: string) => `unknown type "${v}" (expected: ${MEMBER_KINDS.join(', ')})`,
    number: (col: string, v: string) => `${col} "${v}" is not a number`,
    duplicate: (id: string) => `id "${id}" already used above`,
  },
} as const;

/** Reads members from CSV text: the valid ones, and each left-out row with its reason. */
export function membersFromCsv(
  text: string,
  lang: Lang = 'fr',
): { items: Member[]; issues: RowIssue[] } {
  const m = M[lang];
  const [header, ...rows] = readCsv(text);
  if (!header) return { items: [], issues: [] };
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const name = squash(cell);
    for (const [column, aliases] of Object.entries(MEMBER_COLUMNS) as [
      Column,
      readonly string[],
    ][]) {
      if (!index.has(column) && aliases.includes(name)) index.set(column, i);
    }
  });
  if (!index.has('name')) return { items: [], issues: [{ line: header.line, message: m.noName }] };
  const items: Member[] = [];
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const get = (c: Column) => {
      const i = index.get(c);
      const v = i === undefined ? '' : (row.cells[i] ?? '').trim();
      return v === '' ? undefined : v;
    };
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
      issues.push({ line: row.line, message: m.kind(rawKind) });
      continue;
    }
    const lat = get('lat');
    const lon = get('lon');
    const num = (v: string) => Number(v.replace(',', '.'));
    if ((lat && Number.isNaN(num(lat))) || (lon && Number.isNaN(num(lon)))) {
      issues.push({
        line: row.line,
        message:
          lat && Number.isNaN(num(lat)) ? m.number('latitude', lat) : m.number('longitude', lon!),
      });
      continue;
    }
    const name = get('name') ?? '';
    const candidate = {
      id: get('id') ?? slug(name),
      name,
      kind,
      description: get('description'),
      url: get('url'),
      logo: get('logo'),
      locality: get('locality'),
      region: get('region'),
      geo: lat && lon ? { lat: num(lat), lon: num(lon) } : undefined,
      themes: list('themes'),
      joinedAt: get('joinedAt'),
      coalitions: list('coalitions'),
    };
    const checked = validate(Member, JSON.parse(JSON.stringify(candidate)), lang);
    if (!checked.ok) {
      for (const e of checked.errors)
        issues.push({ line: row.line, message: `${e.path.join('.')}: ${e.message}` });
      continue;
    }
    if (seen.has(checked.value.id)) {
      issues.push({ line: row.line, message: m.duplicate(checked.value.id) });
      continue;
    }
    seen.add(checked.value.id);
    items.push(checked.value);
  }
  return { items, issues };
}
