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

/** Returned by a fast parser when zod must look at the value. */
export const FAIL: unique symbol = Symbol('fail');
type Parse = (value: unknown) => unknown;

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
      return (v) => (typeof v === 'string' ? v : FAIL);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'unknown':
      return (v) => v;
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => (values.has(v) ? v : FAIL);
    }
    case 'optional': {
      const inner = def.innerType!;
      if (inner._zod.optin === 'defaulted') return viaZod(schema);
      const parse = fastParser(inner);
      return (v) => (v === undefined ? undefined : parse(v));
    }
    case 'default': {
      const parse = fastParser(def.innerType!);
      return (v) => {
        const parsed = v === undefined ? undefined : parse(v);
        return parsed === undefined ? def.defaultValue : parsed;
      };
    }
    case 'array': {
      const parse = fastParser(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const item = parse(v[i]);
          if (item === FAIL) return FAIL;
          out[i] = item;
        }
        return out;
      };
    }
    case 'object':
      return def.catchall ? viaZod(schema) : compileObject(def.shape ?? {});
    default:
      return viaZod(schema);
  }
}

/** zod's object rules for a present or absent key (see handlePropertyResult in zod). */
function compileObject(shape: Record<string, $ZodType>): Parse {
  const fields = Object.entries(shape).map(([key, schema]) => ({
    key,
    parse: fastParser(schema),
    optin: schema._zod.optin,
    optout: schema._zod.optout,
  }));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, parse, optin, optout } of fields) {
      const present = key in input;
      if (!present && optout === 'optional' && optin === 'optional') continue;
      if (!present && optin === undefined) return FAIL;
      const parsed = parse(input[key]);
      if (parsed === FAIL) return FAIL;
      if (parsed !== undefined) out[key] = parsed;
      else if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
    }
    return out;
  };
}
