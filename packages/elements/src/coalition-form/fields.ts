/** The declaration form's fields: reading a declaration from it, and where each error goes. */
import type {
  CoalitionDeclarationInput,
  CoalitionScope,
  DeclarationContact,
  FieldError,
} from '@coalition-kit/sdk';
import type { FieldSpec } from '../shared/form/field-parts.js';
import type { CoalitionFormMessages } from './messages.js';
import type { Place } from './place-picker.js';

/** Fields in the order of the form: the error summary lists them in this order. */
export const FIELDS = [
  'name',
  'objective',
  'scope',
  'themes',
  'region',
  'locality',
  'geo',
  'members',
  'operatingMode',
  'actions',
  'contact1Name',
  'contact1Email',
  'contact1Organisation',
  'contact2Name',
  'contact2Email',
  'contact2Organisation',
  'publicUrl',
  'publicEmail',
  'consent',
] as const;
export type Field = (typeof FIELDS)[number];

const CONTACT_PARTS = { name: 'Name', email: 'Email', organisation: 'Organisation' } as const;
const PUBLIC_PARTS = { url: 'publicUrl', email: 'publicEmail' } as const;

/** The field an error's path points to: `['contacts', 1, 'email']` is `contact2Email`. */
export function fieldOf(path: FieldError['path']): string | undefined {
  const [head, index, part] = path;
  if (head === 'contacts' && typeof index === 'number') {
    return `contact${index + 1}${CONTACT_PARTS[part as keyof typeof CONTACT_PARTS] ?? 'Name'}`;
  }
  if (head === 'publicContact') return PUBLIC_PARTS[index as keyof typeof PUBLIC_PARTS];
  return String(head);
}

/** The SDK's messages, with one worded for this form: a scope is a choice among three (not a value to type). */
export function wordedForForm(errors: FieldError[], m: CoalitionFormMessages): FieldError[] {
  return errors.map((e) => (e.path[0] === 'scope' ? { ...e, message: m.scopeRequired } : e));
}

/** The control a summary link focuses (the first box of a group, the map). */
export const controlId = (field: Field) =>
  field === 'scope' ? 'scope-0' : field === 'themes' ? 'theme-0' : field === 'geo' ? 'map' : field;

export function fieldSpec(m: CoalitionFormMessages): FieldSpec<Field> {
  const labels: Record<Field, string> = {
    name: m.name,
    objective: m.objective,
    scope: m.scope,
    themes: m.themes,
    region: m.region,
    locality: m.locality,
    geo: m.geo,
    members: m.members,
    operatingMode: m.operatingMode,
    actions: m.actions,
    contact1Name: m.contactName(1),
    contact1Email: m.contactEmail(1),
    contact1Organisation: m.contactOrganisation(1),
    contact2Name: m.contactName(2),
    contact2Email: m.contactEmail(2),
    contact2Organisation: m.contactOrganisation(2),
    publicUrl: m.publicUrl,
    publicEmail: m.publicEmail,
    consent: m.consent,
  };
  return { labels, controlId };
}

/** Non-empty trimmed lines of a textarea. */
const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The declaration the form holds; empty optional fields are left out. */
export function readDeclaration(
  form: HTMLFormElement,
  place: Place | undefined,
): CoalitionDeclarationInput {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const contact = (n: 1 | 2) => {
    const c: DeclarationContact = {
      name: text(`contact${n}Name`),
      email: text(`contact${n}Email`),
    };
    const organisation = text(`contact${n}Organisation`);
    if (organisation) c.organisation = organisation;
    return c;
  };
  const second = contact(2);
  const d: CoalitionDeclarationInput = {
    name: text('name'),
    objective: text('objective'),
    scope: text('scope') as CoalitionScope,
    contacts: [contact(1), ...(second.name || second.email || second.organisation ? [second] : [])],
    consent: data.has('consent') as true,
  };
  const themes = data.getAll('themes').map(String);
  if (themes.length) d.themes = themes;
  for (const key of ['region', 'locality', 'operatingMode', 'website'] as const) {
    const value = text(key);
    if (value) d[key] = value;
  }
  if (place) d.geo = place.geo;
  const members = lines(text('members'));
  if (members.length) d.members = members;
  const actions = lines(text('actions'));
  if (actions.length) d.actions = actions.map((title) => ({ title, status: 'planned' }));
  const url = text('publicUrl');
  const email = text('publicEmail');
  if (url || email) d.publicContact = { ...(url && { url }), ...(email && { email }) };
  return d;
}
