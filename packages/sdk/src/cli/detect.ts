/** Which feed document a file holds: by its name first, by its content otherwise. */

export const DOCUMENT_TYPES = ['events', 'members', 'coalitions', 'collective', 'stats'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** `…/events.json`, `members-2026.json`, `https://x/v1/coalitions.json?y` → the type named in it. */
export function typeFromName(source: string): DocumentType | undefined {
  const name = source.split(/[?#]/)[0]!.split(/[\\/]/).pop()!.toLowerCase();
  return DOCUMENT_TYPES.find((type) => name.startsWith(type));
}

const has = (value: unknown, key: string) =>
  typeof value === 'object' && value !== null && key in value;

/** Guesses the type from fields only one kind of document has. */
export function typeFromContent(doc: unknown): DocumentType | undefined {
  if (has(doc, 'items')) {
    const items = (doc as { items: unknown }).items;
    const first = Array.isArray(items)
      ? items.find((i) => typeof i === 'object' && i !== null)
      : undefined;
    if (has(first, 'startDate')) return 'events';
    if (has(first, 'kind')) return 'members';
    if (has(first, 'scope') || has(first, 'objective')) return 'coalitions';
    return undefined;
  }
  if (has(doc, 'campaign') && has(doc, 'total')) return 'stats';
  if (has(doc, 'name') && (has(doc, 'campaigns') || has(doc, 'themes') || has(doc, 'timeZone'))) {
    return 'collective';
  }
  return undefined;
}
