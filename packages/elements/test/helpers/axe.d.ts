/**
 * axe-core with the WCAG 2.2 AA rule set (D1), not chai-a11y-axe's defaults: fails on any
 * violation and on an `incomplete` colour-contrast result (axe could not decide: we want to know).
 */
import type * as axeCore from 'axe-core';
import type { AxeResults } from 'axe-core';
declare global {
  interface Window {
    axe?: typeof axeCore;
  }
}
export declare const AXE_TAGS: string[];
/** Runs axe on `el` (and its shadow roots); rejects with every problem found. */
export declare function expectAccessible(
  el: Element,
  options?: {
    disable?: string[];
  },
): Promise<AxeResults>;
//# sourceMappingURL=axe.d.ts.map
