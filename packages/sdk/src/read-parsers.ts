/**
 * The building blocks of the generated read validators (generated/read-validators.ts): plain
 * closures, no zod. Each answers the parsed value, as zod's `safeParse` would give it, or
 * `FAIL` when anything is wrong or unusual, and then zod (loaded on demand) says what. So a
 * parser may refuse more than zod, never accept more.
 */
import type { Rule } from './schemas/rules.js';

/** Returned by a fast parser when zod must look at the value. */
export const FAIL: unique symbol = Symbol('fail');
export type Parse = (value: unknown) => unknown;
/** A check of a parsed value: true when it passes. */
export type Check = (value: never) => boolean;

export const str: Parse = (v) => (typeof v === 'string' ? v : FAIL);
export const num: Parse = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
export const bool: Parse = (v) => (typeof v === 'boolean' ? v : FAIL);
export const unknown: Parse = (v) => v;

/** An enum or a literal. */
export function oneOf(values: readonly unknown[]): Parse {
  const set = new Set(values);
  return (v) => (set.has(v) ? v : FAIL);
}

export const optional =
  (parse: Parse): Parse =>
  (v) =>
    v === undefined ? undefined : parse(v);

/** zod's `_default`: `make` gives a fresh default (zod clones it). */
export const withDefault =
  (parse: Parse, make: () => unknown): Parse =>
  (v) => {
    const parsed = v === undefined ? undefined : parse(v);
    return parsed === undefined ? make() : parsed;
  };

export const array =
  (parse: Parse): Parse =>
  (v) => {
    if (!Array.isArray(v)) return FAIL;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const item = parse(v[i]);
      if (item === FAIL) return FAIL;
      out[i] = item;
    }
    return out;
  };

/** The first option that accepts the value, as zod's union. */
export const union =
  (options: Parse[]): Parse =>
  (v) => {
    for (const parse of options) {
      const parsed = parse(v);
      if (parsed !== FAIL) return parsed;
    }
    return FAIL;
  };

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** zod's record with string keys; refuses symbols and `__proto__` (zod's special cases). */
export const record =
  (key: Parse, value: Parse): Parse =>
  (v) => {
    if (!isPlain(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const k of Reflect.ownKeys(v)) {
      if (typeof k !== 'string' || k === '__proto__' || key(k) !== k) return FAIL;
      if (!Object.prototype.propertyIsEnumerable.call(v, k)) continue;
      const parsed = value(v[k]);
      if (parsed === FAIL) return FAIL;
      out[k] = parsed;
    }
    return out;
  };

/**
 * A field: key, parser, zod's `optin`/`optout` of its schema, and the rule a `checkedObject`
 * runs on it when it is there (checked.ts).
 */
export type Field = [key: string, parse: Parse, optin?: string, optout?: string, rule?: Rule];

/** The fields of the generated validators: required, optional, defaulted. */
export const required = (key: string, parse: Parse, r?: Rule): Field => [
  key,
  parse,
  undefined,
  undefined,
  r,
];
export const optionalField = (key: string, parse: Parse, r?: Rule): Field => [
  key,
  optional(parse),
  'optional',
  'optional',
  r,
];
export const defaulted = (key: string, parse: Parse): Field => [key, parse, 'defaulted'];

/** zod's object rules for a present or absent key (see handlePropertyResult in zod). */
export const object =
  (fields: Field[]): Parse =>
  (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, parse, optin, optout, r] of fields) {
      const present = key in input;
      if (!present && optout === 'optional' && optin === 'optional') continue;
      if (!present && optin === undefined) return FAIL;
      const parsed = parse(input[key]);
      if (parsed === FAIL || (r && parsed !== undefined && r(parsed))) return FAIL;
      if (parsed !== undefined) out[key] = parsed;
      else if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
    }
    return out;
  };

/** Runs the schema's checks on the parsed value, as zod does after parsing. */
export const checked =
  (parse: Parse, checks: Check[]): Parse =>
  (v) => {
    const parsed = parse(v);
    if (parsed === FAIL) return FAIL;
    for (const check of checks) if (!check(parsed as never)) return FAIL;
    return parsed;
  };

export const maxLength =
  (n: number): Check =>
  (v: { length: number }) =>
    v.length <= n;
export const minLength =
  (n: number): Check =>
  (v: { length: number }) =>
    v.length >= n;
export const pattern =
  (re: RegExp): Check =>
  (v: string) => {
    re.lastIndex = 0;
    return re.test(v);
  };
export const rule =
  (r: Rule): Check =>
  (v: unknown) =>
    !r(v);

/** The fields' rules of a `checkedObject` (checked.ts): fields left out are not checked. */
export const fields =
  (rules: [string, Rule][]): Check =>
  (v: Record<string, unknown>) =>
    rules.every(([key, r]) => v[key] === undefined || !r(v[key]));

/** Length, uniqueness and items' rule of a `checkedList` (checked.ts). */
export const list =
  (max: number, min: number, unique: boolean, r?: Rule): Check =>
  (v: unknown[]) =>
    v.length <= max &&
    v.length >= min &&
    (!unique || new Set(v).size === v.length) &&
    (!r || v.every((x) => x === undefined || !r(x)));
