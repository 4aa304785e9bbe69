/** The pledge form's field pieces: the shared `FieldParts` with the pledge's labels. */
import { FieldParts } from '../shared/form/field-parts.js';
import { controlId, type Field } from './fields.js';
import type { PledgeMessages } from './messages.js';

export function pledgeFieldParts(
  m: PledgeMessages,
  errors: ReadonlyMap<Field, string>,
): FieldParts<Field> {
  const labels: Record<Field, string> = {
    commitments: m.commitments,
    pledgerKind: m.kind,
    organisation: m.organisation,
    name: m.name,
    email: m.email,
    postalCode: m.postalCode,
    message: m.message,
    public: m.public,
    consent: m.consent,
  };
  return new FieldParts(m, errors, { labels, controlId });
}
