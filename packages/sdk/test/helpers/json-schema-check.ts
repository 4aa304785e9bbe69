/**
 * A plain JSON Schema check of the keywords our schemas use (type, properties, required,
 * additionalProperties, items, enum, const, pattern, lengths, bounds, anyOf, propertyNames):
 * enough to show the shipped files work with a validator that knows nothing of zod.
 */
type Schema = Record<string, unknown>;

/** Problems of `value` against `schema`, each as `path: keyword`. */
export function jsonSchemaErrors(schema: Schema, value: unknown, path = ''): string[] {
  const errors: string[] = [];
  const fail = (keyword: string) => errors.push(`${path || '/'}: ${keyword}`);
  const type = schema.type as string | undefined;
  if (type && !hasType(value, type)) return [`${path || '/'}: type`];
  if ('const' in schema && value !== schema.const) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((s: Schema) => jsonSchemaErrors(s, value, path).length === 0)
  ) {
    fail('anyOf');
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength');
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail('pattern');
  }
  if (typeof value === 'number') {
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('maximum');
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('minimum');
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      fail('exclusiveMinimum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('maxItems');
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('minItems');
    if (schema.items)
      value.forEach((v, i) =>
        errors.push(...jsonSchemaErrors(schema.items as Schema, v, `${path}/${i}`)),
      );
  } else if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) errors.push(`${path}/${key}: required`);
    for (const [key, v] of Object.entries(object)) {
      const at = `${path}/${key}`;
      if (properties[key]) errors.push(...jsonSchemaErrors(properties[key], v, at));
      else if (schema.additionalProperties === false) errors.push(`${at}: additionalProperties`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...jsonSchemaErrors(schema.additionalProperties as Schema, v, at));
      }
      if (schema.propertyNames)
        errors.push(...jsonSchemaErrors(schema.propertyNames as Schema, key, at));
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
