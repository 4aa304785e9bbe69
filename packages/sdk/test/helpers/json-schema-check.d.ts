/**
 * A plain JSON Schema check of the keywords our schemas use (type, properties, required,
 * additionalProperties, items, enum, const, pattern, lengths, bounds, anyOf, propertyNames):
 * enough to show the shipped files work with a validator that knows nothing of zod.
 */
type Schema = Record<string, unknown>;
/** Problems of `value` against `schema`, each as `path: keyword`. */
export declare function jsonSchemaErrors(schema: Schema, value: unknown, path?: string): string[];
export {};
//# sourceMappingURL=json-schema-check.d.ts.map
