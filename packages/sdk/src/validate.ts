/**
 * Lenient validation: every item of a document is validated on its own; an invalid item is
 * left out and reported, it never takes the other items down.
 */
import './zod-setup.js';
import type * as z from 'zod/v4/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { Collective, Campaign, Theme, Brand } from './schemas/collective.js';
import { ListEnvelope } from './schemas/documents.js';
import { checkMessage, errorMap, issueMessage } from './messages.js';
import { FAIL, fastParser } from './fast-parse.js';
import type { Lang } from './lang.js';
import { InvalidDocumentError } from './errors.js';

/** A path into a document, as JSON keys and indexes: `['items', 3, 'startDate']`. */
export type IssuePath = (string | number)[];

/** An item left out of a document, or a field that failed. */
export interface FeedIssue {
  /** Index of the item in the document's `items` (or in `campaigns`, `themes`). */
  index?: number;
  /** The item's `id`, when it could be read. */
  id?: string;
  /** Where the problem is, from the document's root. */
  path: IssuePath;
  /** What is wrong, in the client's language. */
  message: string;
}

/** A field error of a submission: the path of the field and a message. */
export interface FieldError {
  path: IssuePath;
  message: string;
}

/** The result of a list call: the valid items and the ones left out. */
export interface ListResult<T> {
  items: T[];
  issues: FeedIssue[];
}

type Schema<T> = z.ZodMiniType<T>;

const readId = (item: unknown): string | undefined => {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
};

const toPath = (issue: $ZodIssue): IssuePath =>
  issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));

/**
 * Issues in the order of the schema's fields: zod reports type errors before the rules that
 * run in one check per object (checked.ts), a reader expects them field by field.
 */
function inFieldOrder(schema: Schema<unknown>, issues: $ZodIssue[]): $ZodIssue[] {
  const shape = (schema._zod.def as { shape?: Record<string, unknown> }).shape;
  if (!shape || issues.length < 2) return issues;
  const keys = Object.keys(shape);
  const rank = (issue: $ZodIssue) => {
    const at = keys.indexOf(String(issue.path[0]));
    return at === -1 ? keys.length : at;
  };
  return [...issues].sort((a, b) => rank(a) - rank(b));
}

/** Validates a submission or any value against a schema: the value, or field errors. */
export function validate<T>(
  schema: Schema<T>,
  value: unknown,
  lang: Lang = 'fr',
): { ok: true; value: T } | { ok: false; errors: FieldError[] } {
  const result = schema.safeParse(value, { error: errorMap(lang) });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: inFieldOrder(schema, result.error.issues).map((issue) => ({
      path: toPath(issue),
      message: issueMessage(issue, lang),
    })),
  };
}

/**
 * Validates `items` one by one against `schema` and drops duplicate ids (the first one wins).
 * `at` is the path of the array in the document (`['items']`).
 */
export function validateItems<T extends { id: string }>(
  schema: Schema<T>,
  items: readonly unknown[],
  lang: Lang = 'fr',
  at: IssuePath = ['items'],
): ListResult<T> {
  const valid: T[] = [];
  const issues: FeedIssue[] = [];
  const seen = new Set<string>();
  const params = { error: errorMap(lang) };
  const fast = fastParser(schema);
  items.forEach((item, index) => {
    // Most items are valid: the fast path takes them; zod says what is wrong with the others.
    const parsed = fast(item);
    const result =
      parsed === FAIL
        ? schema.safeParse(item, params)
        : { success: true as const, data: parsed as T };
    if (!result.success) {
      const id = readId(item);
      // Every problem of the item is reported, so a coordinator can fix them in one pass.
      for (const issue of inFieldOrder(schema, result.error.issues)) {
        issues.push({
          index,
          ...(id !== undefined && { id }),
          path: [...at, index, ...toPath(issue)],
          message: issueMessage(issue, lang),
        });
      }
      return;
    }
    if (seen.has(result.data.id)) {
      issues.push({
        index,
        id: result.data.id,
        path: [...at, index, 'id'],
        message: checkMessage('duplicateId', lang),
      });
      return;
    }
    seen.add(result.data.id);
    valid.push(result.data);
  });
  return { items: valid, issues };
}

export { InvalidDocumentError };

const ENVELOPE_MESSAGES = {
  fr: {
    notObject: 'Le document n’est pas un objet JSON avec une liste « items »',
    version: 'Version de flux inconnue : seule la version 1 est prise en charge',
    collective: 'Le document du collectif est invalide',
  },
  en: {
    notObject: 'The document is not a JSON object with an "items" list',
    version: 'Unknown feed version: only version 1 is supported',
    collective: 'The collective document is invalid',
  },
} as const;

function checkVersion(doc: unknown, lang: Lang) {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new InvalidDocumentError(ENVELOPE_MESSAGES[lang].notObject);
  }
  const version = (doc as { version?: unknown }).version;
  if (!(version === 1 || (typeof version === 'string' && /^1(?:\.\d+){0,2}$/.test(version)))) {
    throw new InvalidDocumentError(
      `${ENVELOPE_MESSAGES[lang].version} (${JSON.stringify(version) ?? 'undefined'})`,
    );
  }
}

/** A list document (`events.json`, `members.json`, `coalitions.json`), leniently. */
export function parseListDocument<T extends { id: string }>(
  schema: Schema<T>,
  doc: unknown,
  lang: Lang = 'fr',
): ListResult<T> & { generatedAt?: string } {
  checkVersion(doc, lang);
  const envelope = ListEnvelope.safeParse(doc, { error: errorMap(lang) });
  if (!envelope.success) throw new InvalidDocumentError(ENVELOPE_MESSAGES[lang].notObject);
  const result = validateItems(schema, envelope.data.items, lang);
  return {
    ...result,
    ...(envelope.data.generatedAt && { generatedAt: envelope.data.generatedAt }),
  };
}

/** Fields of `collective.json` a widget can do without. */
const DISPENSABLE = new Set(['description', 'url', 'logo']);

/**
 * `collective.json`, leniently: an invalid campaign or theme is left out and reported; an
 * invalid brand, logo, link or description is dropped and reported (the widgets fall back to
 * their own colours, show no logo); an invalid id, name or time zone makes the document unusable.
 */
export function parseCollective(
  doc: unknown,
  lang: Lang = 'fr',
): { collective: Collective; issues: FeedIssue[] } {
  checkVersion(doc, lang);
  const raw = doc as Record<string, unknown>;
  const issues: FeedIssue[] = [];
  const list = (key: 'themes' | 'campaigns') =>
    Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [];
  const themes = validateItems(Theme, list('themes'), lang, ['themes']);
  const campaigns = validateItems(Campaign, list('campaigns'), lang, ['campaigns']);
  issues.push(...themes.issues, ...campaigns.issues);
  let brand: unknown = raw.brand;
  if (brand !== undefined) {
    const checked = validate(Brand, brand, lang);
    if (!checked.ok) {
      issues.push(
        ...checked.errors.map((e) => ({ path: ['brand', ...e.path], message: e.message })),
      );
      brand = undefined;
    }
  }
  const candidate: Record<string, unknown> = {
    ...raw,
    brand,
    themes: themes.items,
    campaigns: campaigns.items,
  };
  let result = validate(Collective, candidate, lang);
  // A bad link or description is left out and reported, as a bad item is: the widgets can
  // do without it. A bad name, id or time zone still makes the document unusable.
  const dropped = result.ok ? [] : result.errors.map((e) => String(e.path[0]));
  if (!result.ok && dropped.every((key) => DISPENSABLE.has(key))) {
    issues.push(...result.errors.map((e) => ({ path: e.path, message: e.message })));
    for (const key of dropped) delete candidate[key];
    result = validate(Collective, candidate, lang);
  }
  if (!result.ok) {
    const fieldIssues = result.errors.map((e) => ({ path: e.path, message: e.message }));
    const first = fieldIssues[0];
    throw new InvalidDocumentError(
      `${ENVELOPE_MESSAGES[lang].collective}${first ? ` (${first.path.join('.')}: ${first.message})` : ''}`,
      fieldIssues,
    );
  }
  return { collective: result.value, issues };
}
