/**
 * A fast path for valid items, derived from the zod schemas (no second copy of the contract).
 *
 * Feeds are mostly valid: validating 10,000 items through zod's machinery costs several
 * times `JSON.parse`. `fastParser(schema)` walks the schema's definition once and builds
 * plain closures that accept exactly what zod accepts for the types feeds use (object,
 * string, number, boolean, enum, optional, default, array), running the schema's own checks
 * as they are; any other type is handed to zod. It answers the parsed value, or `FAIL` when
 * anything is wrong, and then zod parses the item again to say precisely what.
 */
import type { $ZodCheck, $ZodType, ParsePayload } from 'zod/v4/core';
import {
  FAIL,
  array,
  bool,
  num,
  object,
  oneOf,
  optional,
  str,
  unknown,
  withDefault,
  type Parse,
} from './read-parsers.js';

export { FAIL };

interface Def {
  type: string;
  checks?: $ZodCheck[];
  format?: string;
  coerce?: boolean;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
  element?: $ZodType;
  innerType?: $ZodType;
  entries?: Record<string, unknown>;
  defaultValue?: unknown;
}

const compiled = new WeakMap<$ZodType, Parse>();
const ZOD_CTX = { async: false } as const;

/** The fast parser of `schema` (built once, then cached). */
export function fastParser(schema: $ZodType): Parse {
  let parse = compiled.get(schema);
  if (!parse) {
    parse = withChecks(schema, compileType(schema));
    compiled.set(schema, parse);
  }
  return parse;
}

/** zod itself, for the types this file does not handle. */
const viaZod =
  (schema: $ZodType): Parse =>
  (value) => {
    const result = schema._zod.run({ value, issues: [] }, ZOD_CTX);
    return result instanceof Promise || result.issues.length ? FAIL : result.value;
  };

/** Runs the schema's checks on the parsed value, as zod does after parsing. */
function withChecks(schema: $ZodType, parse: Parse): Parse {
  const checks = (schema._zod.def as Def).checks ?? [];
  if (checks.length === 0) return parse;
  return (value) => {
    const parsed = parse(value);
    if (parsed === FAIL) return FAIL;
    const payload: ParsePayload = { value: parsed, issues: [] };
    for (const check of checks) {
      const pending = check._zod.check(payload as ParsePayload<never>);
      if (pending instanceof Promise || payload.issues.length) return FAIL;
    }
    return payload.value;
  };
}

function compileType(schema: $ZodType): Parse {
  const def = schema._zod.def as Def;
  // Formats (email, int…) are checks of their own schema: zod runs them.
  if (def.coerce || def.format || schema._zod.traits.has('$ZodCheck')) return viaZod(schema);
  switch (def.type) {
    case 'string':
      return str;
    case 'number':
      return num;
    case 'boolean':
      return bool;
    case 'unknown':
      return unknown;
    case 'enum':
      return oneOf(Object.values(def.entries ?? {}));
    case 'optional': {
      const inner = def.innerType!;
      if (inner._zod.optin === 'defaulted') return viaZod(schema);
      return optional(fastParser(inner));
    }
    case 'default':
      return withDefault(fastParser(def.innerType!), () => def.defaultValue);
    case 'array':
      return array(fastParser(def.element!));
    case 'object':
      return def.catchall
        ? viaZod(schema)
        : object(
            Object.entries(def.shape ?? {}).map(([key, field]) => [
              key,
              fastParser(field),
              field._zod.optin,
              field._zod.optout,
            ]),
          );
    default:
      return viaZod(schema);
  }
}
