/**
 * Field rules that run once per object instead of once per field.
 *
 * zod's cost is per check, and a feed holds tens of thousands of strings: a leaf made with
 * {@link withRule} carries its rule as a normal zod check (so it is correct on its own), and
 * {@link checkedObject} / {@link checkedList} lift the rules of their fields into one check of
 * the object or list, with check-free twins of the leaves in the shape. Same issues, same
 * paths, about half the validation time of a 10,000-item feed.
 */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import * as rules from './rules.js';
import type { Rule } from './rules.js';

export type { Rule };

type RuleName = {
  [K in keyof typeof rules]: (typeof rules)[K] extends (...args: never[]) => Rule ? K : never;
}[keyof typeof rules];

/** A rule by name and arguments (`['text', 200]`): what the read-validator generator prints. */
export type RuleRef = {
  [K in RuleName]: [K, ...Parameters<(typeof rules)[K]>];
}[RuleName];

/**
 * A rule by name (what the read validators can call without zod), or a plain function (fine
 * for submissions; a read schema with one stops the generator).
 */
export type RuleSpec = RuleRef | Rule;

/** What a custom check does, for the generator (zod cannot describe a closure). */
export type CheckInfo =
  | { kind: 'rule'; ref: RuleRef | undefined }
  | { kind: 'fields'; rules: [string, RuleRef | undefined][] }
  | {
      kind: 'list';
      max: number;
      min: number;
      unique: boolean;
      /** The items' rule: absent, named, or `undefined` for a plain function. */
      rule?: RuleRef | undefined;
      hasRule: boolean;
    };

const described = new WeakMap<object, CheckInfo>();

/** Records what `check` does; returns it. */
export function describeCheck<T extends object>(check: T, info: CheckInfo): T {
  described.set(check, info);
  return check;
}

/** What a custom check does, when it was described. */
export const checkInfo = (check: object): CheckInfo | undefined => described.get(check);

const ruleOf = (spec: RuleSpec): Rule => {
  if (typeof spec === 'function') return spec;
  const [name, ...args] = spec;
  return (rules[name] as (...a: unknown[]) => Rule)(...args);
};
const refOf = (spec: RuleSpec) => (typeof spec === 'function' ? undefined : spec);

/** A check running the rule `spec` on the value (an object rule pushes its own path). */
export function ruleCheck<T = unknown>(spec: RuleSpec) {
  const rule = ruleOf(spec);
  return describeCheck(
    z.check<T>((ctx) => {
      const issue = rule(ctx.value);
      if (issue) ctx.issues.push(issue);
    }),
    { kind: 'rule', ref: refOf(spec) },
  );
}

interface Lifted {
  ref: RuleRef | undefined;
  rule: Rule;
  /** The same schema without the check, for shapes whose object runs the rule. */
  twin: z.ZodMiniType;
}

const lifted = new WeakMap<object, Lifted>();

/**
 * `base` with `rule` as its check. `keywords` describe the rule in JSON Schema (zod cannot
 * describe a custom check); they are registered as the schema's metadata, which
 * `z.toJSONSchema` merges into its output.
 */
export function withRule<T extends z.ZodMiniType>(
  base: () => T,
  spec: RuleSpec,
  keywords: Record<string, unknown>,
): T {
  const checked = base().check(ruleCheck(spec)) as T;
  const twin = base();
  z.globalRegistry.add(checked, keywords);
  z.globalRegistry.add(twin, keywords);
  lifted.set(checked, { ref: refOf(spec), rule: ruleOf(spec), twin });
  return checked;
}

/** The rule of a field (plain or optional) and the field's check-free twin. */
function lift(schema: z.ZodMiniType): Lifted | undefined {
  const own = lifted.get(schema);
  if (own) return own;
  const def = schema._zod.def as { type: string; innerType?: z.ZodMiniType };
  const inner = def.type === 'optional' && def.innerType ? lifted.get(def.innerType) : undefined;
  return inner && { ...inner, twin: z.optional(inner.twin) };
}

// Field rules run even when another field already failed: a coordinator fixes all in one pass.
const always = { when: () => true };

/** `z.object(shape)` (`z.strictObject` with `strict`) whose fields' rules run in one check. */
export function checkedObject<S extends Record<string, z.ZodMiniType>>(
  shape: S,
  { strict = false } = {},
) {
  const found: [string, Lifted][] = [];
  const fields: Record<string, z.ZodMiniType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const own = lift(schema);
    fields[key] = own ? own.twin : schema;
    if (own) found.push([key, own]);
  }
  const check = z.check((ctx) => {
    const value = ctx.value as Record<string, unknown>;
    if (typeof value !== 'object' || value === null) return;
    for (const [key, { rule }] of found) {
      const field = value[key];
      if (field === undefined) continue;
      const issue = rule(field);
      if (issue) ctx.issues.push({ ...issue, path: [key] });
    }
  }, always);
  describeCheck(check, { kind: 'fields', rules: found.map(([key, { ref }]) => [key, ref]) });
  return (strict ? z.strictObject(fields as S) : z.object(fields as S)).check(check);
}

interface ListOptions {
  max: number;
  min?: number;
  /** No value twice (JSON Schema `uniqueItems`). */
  unique?: boolean;
}

/** `z.array(item)` whose length, uniqueness and items' rules run in one check. */
export function checkedList<T extends z.ZodMiniType>(
  item: T,
  { max, min = 0, unique = false }: ListOptions,
) {
  const found = lift(item);
  const rule = found?.rule;
  const check = describeCheck(
    z.check((ctx) => {
      const values = ctx.value as unknown[];
      if (!Array.isArray(values)) return;
      const { issues } = ctx;
      if (values.length > max) {
        issues.push({
          code: 'too_big',
          origin: 'array',
          maximum: max,
          inclusive: true,
          input: values,
        });
      } else if (values.length < min) {
        issues.push({
          code: 'too_small',
          origin: 'array',
          minimum: min,
          inclusive: true,
          input: values,
        });
      } else if (unique && new Set(values).size !== values.length) {
        issues.push({ code: 'custom', message: 'ck:uniqueValues', input: values });
      }
      if (!rule) return;
      for (let i = 0; i < values.length; i++) {
        const issue = values[i] === undefined ? undefined : rule(values[i]);
        if (issue) issues.push({ ...issue, path: [i] });
      }
    }, always),
    { kind: 'list', max, min, unique, rule: found?.ref, hasRule: Boolean(found) },
  );
  const list = z.array((found?.twin ?? item) as T).check(check);
  z.globalRegistry.add(list, {
    maxItems: max,
    ...(min > 0 && { minItems: min }),
    ...(unique && { uniqueItems: true }),
  });
  return list;
}
