/** Valid documents broken in many ways: every path of them, replaced by hostile values. */
import { BAD_DATES, BAD_URLS, XSS_STRINGS } from './hostile.js';

export const MUTATIONS: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  42,
  -1000,
  1.5,
  Number.MAX_VALUE,
  true,
  [],
  ['a', 'a'],
  {},
  'x'.repeat(6000),
  BAD_URLS[2],
  BAD_DATES[0],
  XSS_STRINGS[0],
  'https://example.org/',
  '2026-03-14',
  'scheduled',
];

type Json = Record<string, unknown> | unknown[];

/** Every path of `value` down to `depth` levels (object keys and array indexes). */
export function paths(
  value: unknown,
  depth = 3,
  at: (string | number)[] = [],
): (string | number)[][] {
  if (depth === 0 || typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [
    [...at, k],
    ...paths((value as Record<string, unknown>)[k], depth - 1, [...at, k]),
  ]);
}

/** A copy of `value` with `replacement` at `path` (deleted when undefined). */
export function mutate(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Json;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}
