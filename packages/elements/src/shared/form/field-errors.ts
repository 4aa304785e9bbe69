/** Where each validation error goes: one message per field, in the form's order. */
import type { FieldError } from '@coalition-kit/sdk';

/** The form field an error's path points to (default: its first segment). */
export type FieldOf = (path: FieldError['path']) => string | undefined;

const firstSegment: FieldOf = (path) => String(path[0]);

/** One message per field (the first), keyed by field, in the order of `fields`. */
export function errorsByField<F extends string>(
  fields: readonly F[],
  errors: readonly FieldError[],
  fieldOf: FieldOf = firstSegment,
): Map<F, string> {
  const found = new Map<F, string>();
  for (const error of errors) {
    const field = fieldOf(error.path) as F;
    if (fields.includes(field) && !found.has(field)) found.set(field, error.message);
  }
  return new Map(fields.filter((f) => found.has(f)).map((f) => [f, found.get(f)!]));
}

/** `errors` with `field`'s entry replaced by `message` (or removed), in the order of `fields`. */
export function withFieldError<F extends string>(
  fields: readonly F[],
  errors: ReadonlyMap<F, string>,
  field: F,
  message: string | undefined,
): Map<F, string> {
  const next = new Map(errors);
  if (message) next.set(field, message);
  else next.delete(field);
  return new Map(fields.filter((f) => next.has(f)).map((f) => [f, next.get(f)!]));
}
