/** The declaration form's fields in its order, their labels, the control each error link focuses. */
import type { FieldSpec } from '../shared/form/field-parts.js';
import type { CoalitionFormMessages } from './messages.js';

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
