/**
 * JSON Schema keywords of the schemas whose rules run in one custom check: zod cannot
 * describe a custom check, so the keywords are recorded as the schema's metadata in zod's
 * global registry, which `z.toJSONSchema` merges into its output.
 */
import * as z from 'zod/v4/mini';

/** Records the JSON Schema keywords that describe `schema`'s rules; returns `schema`. */
export function describedAs<T extends z.ZodMiniType>(
  schema: T,
  keywords: Record<string, unknown>,
): T {
  z.globalRegistry.add(schema, keywords);
  return schema;
}
