/**
 * Writes the read validators from the zod schemas (`npm run build:validators`): the same
 * walk as fast-parse.ts, printed as calls of read-parsers.ts and of the rules (rules.ts), so
 * the read path of a page runs the feed's contract without loading zod. Anything the walk
 * does not know stops the generation: a schema change cannot silently weaken the fast path.
 */
import type { $ZodCheck, $ZodType } from 'zod/v4/core';
import { checkInfo, type RuleRef } from '../schemas/checked.js';
import { Brand, Campaign, Collective, Theme } from '../schemas/collective.js';
import { Coalition } from '../schemas/coalition.js';
import { ListEnvelope } from '../schemas/documents.js';
import { Event } from '../schemas/event.js';
import { Member } from '../schemas/member.js';
import { CampaignStats } from '../schemas/stats.js';

/** The schemas the client reads; each becomes an export of the same name. */
export const READ_SCHEMAS: Record<string, $ZodType> = {
  ListEnvelope,
  Event,
  Member,
  Coalition,
  Theme,
  Campaign,
  Brand,
  Collective,
  CampaignStats,
};

interface Def {
  type: string;
  checks?: $ZodCheck[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  coerce?: boolean;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
  element?: $ZodType;
  innerType?: $ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  options?: $ZodType[];
  keyType?: $ZodType;
  valueType?: $ZodType;
  defaultValue?: unknown;
  maximum?: number;
  minimum?: number;
}

class Unsupported extends Error {}
const fail = (what: string): never => {
  throw new Unsupported(
    `read validators: ${what} is not supported; extend codegen/read-validators.ts`,
  );
};

const json = (value: unknown): string =>
  value === undefined ? 'undefined' : JSON.stringify(value);

const ref = (r: RuleRef | undefined) => {
  if (!r) return fail('a rule given as a function (name it in rules.ts, pass a RuleRef)');
  const [name, ...args] = r;
  return `rules.${name}(${args.map(json).join(', ')})`;
};

function check(c: $ZodCheck): string {
  const def = c._zod.def as Def;
  switch (def.check) {
    case 'max_length':
      return `maxLength(${def.maximum})`;
    case 'min_length':
      return `minLength(${def.minimum})`;
    case 'string_format':
      if (def.format === 'regex' && def.pattern) return `pattern(${String(def.pattern)})`;
      return fail(`the string format ${def.format}`);
    case 'custom': {
      const info = checkInfo(c) ?? fail('a custom check without describeCheck()');
      if (info.kind === 'rule') return `rule(${ref(info.ref)})`;
      if (info.kind === 'fields')
        return `fields([${info.rules.map(([key, r]) => `[${json(key)}, ${ref(r)}]`).join(', ')}])`;
      return `list(${info.max}, ${info.min}, ${info.unique}${info.hasRule ? `, ${ref(info.rule)}` : ''})`;
    }
    default:
      return fail(`the check ${def.check}`);
  }
}

/** `rules`: the field rules of the object's `checkedObject` check, run with each field. */
function type(schema: $ZodType, rules = new Map<string, RuleRef | undefined>()): string {
  const def = schema._zod.def as Def;
  if (def.coerce) fail('coercion');
  switch (def.type) {
    case 'string':
      // A format (email) is a check of its own schema: its pattern, as zod tests it.
      if (def.format === 'email' && def.pattern)
        return `checked(str, [pattern(${String(def.pattern)})])`;
      return def.format ? fail(`the string format ${def.format}`) : 'str';
    case 'number':
      return def.format ? fail(`the number format ${def.format}`) : 'num';
    case 'boolean':
      return 'bool';
    case 'unknown':
      return 'unknown';
    case 'enum':
      return `oneOf(${json(Object.values(def.entries ?? {}))})`;
    case 'literal':
      return `oneOf(${json(def.values)})`;
    case 'optional':
      if (def.innerType!._zod.optin === 'defaulted') fail('an optional default');
      return `optional(${parser(def.innerType!)})`;
    case 'default':
      return `withDefault(${parser(def.innerType!)}, () => (${json(def.defaultValue)}))`;
    case 'array':
      return `array(${parser(def.element!)})`;
    case 'union':
      return `union([${def.options!.map((o) => parser(o)).join(', ')}])`;
    case 'record':
      if (def.keyType!._zod.values) fail('a record with enumerated keys');
      return `record(${parser(def.keyType!)}, ${parser(def.valueType!)})`;
    case 'object': {
      if (def.catchall) fail('a strict or catch-all object');
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => {
        const { optin, optout } = field._zod;
        const r = rules.get(key);
        const rule = rules.has(key) ? `, ${ref(r)}` : '';
        if (!optin && !optout) return `required(${json(key)}, ${parser(field)}${rule})`;
        const wrapper = field._zod.def as Def;
        if (
          optin === 'optional' &&
          optout === 'optional' &&
          wrapper.type === 'optional' &&
          !wrapper.checks?.length
        )
          return `optionalField(${json(key)}, ${parser(wrapper.innerType!)}${rule})`;
        if (optin === 'defaulted' && !optout && !rules.has(key))
          return `defaulted(${json(key)}, ${parser(field)})`;
        return `[${json(key)}, ${parser(field)}, ${json(optin)}, ${json(optout)}${rule}]`;
      });
      return `object([${fields.join(', ')}])`;
    }
    default:
      return fail(`the type ${def.type}`);
  }
}

/** Schemas printed once and then named: the exports, and inner schemas used twice (Geo). */
const names = new Map<$ZodType, string>();
/** Declarations of the inner shared schemas, in dependency order. */
let prelude: string[] = [];
let uses = new Map<$ZodType, number>();

/** Counts how often each schema instance appears below `schema`. */
function count(schema: $ZodType): void {
  const n = (uses.get(schema) ?? 0) + 1;
  uses.set(schema, n);
  if (n > 1) return;
  const def = schema._zod.def as Def;
  const inner = [
    ...Object.values(def.shape ?? {}),
    ...(def.options ?? []),
    def.element,
    def.innerType,
    def.keyType,
    def.valueType,
  ];
  for (const s of inner) if (s) count(s);
}

/** The parser expression of `schema`: its type, then its checks (or its name). */
function parser(schema: $ZodType, root = false): string {
  const known = names.get(schema);
  if (known) return known;
  const def = schema._zod.def as Def;
  const checks: $ZodCheck[] = [];
  const rules = new Map<string, RuleRef | undefined>();
  for (const c of def.checks ?? []) {
    const info = def.type === 'object' ? checkInfo(c) : undefined;
    if (info?.kind === 'fields') for (const [key, r] of info.rules) rules.set(key, r);
    else checks.push(c);
  }
  const base = type(schema, rules);
  const expr = checks.length ? `checked(${base}, [${checks.map(check).join(', ')}])` : base;
  if (root || (uses.get(schema) ?? 0) < 2 || (def.type !== 'object' && def.type !== 'array'))
    return expr;
  const name = `shared${prelude.length}`;
  prelude.push(`const ${name} = ${expr};`);
  names.set(schema, name);
  return name;
}

const HEADER = `/**
 * Generated by \`npm run build:validators\` (packages/sdk/src/codegen/read-validators.ts) from
 * the zod schemas: do not edit. A test fails when this file is not what the schemas give.
 */
/* eslint-disable no-useless-escape -- zod's email pattern, printed as zod writes it */
`;

const HELPERS = [
  'array',
  'defaulted',
  'bool',
  'checked',
  'fields',
  'list',
  'maxLength',
  'minLength',
  'num',
  'object',
  'oneOf',
  'optional',
  'optionalField',
  'pattern',
  'record',
  'required',
  'rule',
  'str',
  'union',
  'unknown',
  'withDefault',
];

/** The parser expression of one schema (what the generator prints for it). */
export function parserSource(schema: $ZodType): string {
  names.clear();
  prelude = [];
  uses = new Map();
  count(schema);
  return parser(schema, true);
}

/** The source of generated/read-validators.ts (unformatted; the script runs Prettier). */
export function renderReadValidators(): string {
  names.clear();
  prelude = [];
  uses = new Map();
  for (const schema of Object.values(READ_SCHEMAS)) count(schema);
  const exports: string[] = [];
  for (const [name, schema] of Object.entries(READ_SCHEMAS)) {
    const from = prelude.length;
    const expr = parser(schema, true);
    exports.push(...prelude.slice(from), `export const ${name} = ${expr};`);
    names.set(schema, name);
  }
  const body = exports.join('\n\n');
  const used = HELPERS.filter((h) => new RegExp(`\\b${h}\\(|\\b${h}\\b(?!\\()`).test(body));
  return `${HEADER}import { ${used.join(', ')} } from '../read-parsers.js';
import * as rules from '../schemas/rules.js';

${body}
`;
}
