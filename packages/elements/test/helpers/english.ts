/**
 * The English catalogues over the network (test/elements/english-strings.mjs): held, failing
 * or served on demand; and a recorder of every text a shadow root ever showed.
 */
import type { Messages } from '../../src/shared/i18n.js';

export type EnglishMode = 'hold' | 'release' | 'fail' | 'serve';

/** Sets how the server answers the English modules (and counts their requests from zero). */
export async function englishStrings(mode: EnglishMode): Promise<void> {
  await fetch(`/__english/${mode}`, { method: 'POST' });
}

/** English module requests the server saw since the last mode change. */
export async function englishRequests(): Promise<number> {
  const r = await fetch('/__english/count');
  return ((await r.json()) as { count: number }).count;
}

/** Resolves once the server saw `n` English module requests (the test's timeout bounds it). */
export async function englishRequested(n: number): Promise<void> {
  while ((await englishRequests()) < n) await new Promise((r) => setTimeout(r, 20));
}

/** English catalogue modules this page fetched (resource timing). */
export const englishFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) =>
      /\/elements\/src\/(locales\/en|[\w-]+\/messages\.en)\.(js|ts)(\?|$)/.test(name),
    );

/**
 * Every text node and attribute value `root` ever held, from now on: what was added, and
 * what a later change replaced (records keep the old values). Read it with `texts()`.
 */
export function recordTexts(root: ShadowRoot): { texts: () => string[]; stop: () => void } {
  const seen: string[] = [];
  const note = (text: string | null | undefined) => {
    const t = text?.replace(/\s+/g, ' ').trim();
    if (t) seen.push(t);
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) note(node.nodeValue);
    if (node instanceof Element) for (const a of node.attributes) note(a.value);
    node.childNodes.forEach(visit);
  };
  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      note(r.oldValue);
      if (r.type === 'attributes') note((r.target as Element).getAttribute(r.attributeName!));
      if (r.type === 'characterData') note(r.target.nodeValue);
      r.addedNodes.forEach(visit);
    }
  };
  const observer = new MutationObserver(take);
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
    attributeOldValue: true,
  });
  visit(root);
  return {
    texts: () => (take(observer.takeRecords()), [...seen]),
    stop: () => observer.disconnect(),
  };
}

/**
 * The plain strings of these catalogues' French sides that their English sides do not share
 * (loads English: call it once the widgets under test have loaded theirs).
 */
export async function frenchOnly(...catalogues: Messages<unknown>[]): Promise<Set<string>> {
  await Promise.all(catalogues.map((c) => c.load('en')));
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];
  const french = catalogues.flatMap((c) => strings(c.fr));
  const english = new Set(catalogues.flatMap((c) => strings(c.en)).map((s) => s.trim()));
  return new Set(french.map((s) => s.trim()).filter((s) => !english.has(s)));
}
