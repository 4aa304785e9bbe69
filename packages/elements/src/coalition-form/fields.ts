/**
 * The declaration form's answers (loaded once the visitor has started, with `started.ts`):
 * the declaration read from them, and the field each error goes to.
 */
import type {
  CoalitionDeclarationInput,
  CoalitionScope,
  DeclarationContact,
  FieldError,
} from '@coalition-kit/sdk';
import type { CoalitionFormMessages } from './messages.js';
import type { Place } from './place-picker.js';

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

/** Non-empty trimmed lines of a textarea. */
const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The declaration of the form's answers (`data`); empty optional fields are left out. */
export function readDeclaration(
  data: FormData,
  place: Place | undefined,
): CoalitionDeclarationInput {
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
