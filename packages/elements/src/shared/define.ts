/**
 * Guarded `customElements.define`: a page may load our script twice, or two versions of it
 * (a CMS plugin and a theme). Defining an already defined tag never throws:
 * - same version: silent no-op;
 * - another version: one console warning naming both, and the first definition stays.
 */
import { VERSION } from './version.js';

/** What the guard reads on an already registered class. */
interface Versioned {
  version?: unknown;
}

const warned = new Set<string>();

export function defineElement(tag: string, element: CustomElementConstructor & Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering or a very old browser: nothing to define
  const existing = registry.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    try {
      registry.define(tag, element);
    } catch (error) {
      // e.g. the class is already registered under another tag: report, never break the page
      console.warn(`Coalition Kit: <${tag}> could not be defined.`, error);
    }
    return;
  }
  if (existing === element) return;
  const ours = String(element.version ?? VERSION);
  const theirs = typeof existing.version === 'string' ? existing.version : 'unknown';
  if (theirs === ours) return;
  // One warning per pair of versions, not one per tag: a second bundle defines five tags.
  const key = `${theirs}→${ours}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `Coalition Kit: <${tag}> is already defined by version ${theirs}; version ${ours} was not registered and the page keeps version ${theirs}.`,
  );
}
