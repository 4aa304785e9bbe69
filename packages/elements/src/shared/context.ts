/** The feed client shared by the widgets inside a `<ck-feed>`, through @lit/context. */
import { createContext, ContextRoot } from '@lit/context';
import type { Client } from '@coalition-kit/sdk';

export const clientContext = createContext<Client | undefined>(Symbol.for('coalition-kit/client'));

let root: ContextRoot | undefined;

/**
 * Widgets may upgrade before the `<ck-feed>` around them (the script-tag build loads each
 * chunk when needed, in any order). A ContextRoot on the document replays their unanswered
 * requests once the provider is defined. Attached once, never removed: one listener pair.
 */
export function ensureContextRoot(): void {
  if (root || typeof document === 'undefined') return;
  root = new ContextRoot();
  root.attach(document.documentElement);
}
