/**
 * axe-core with the WCAG 2.2 AA rules and best practices, not chai-a11y-axe's defaults: fails on
 * any violation and on an `incomplete` colour-contrast result (axe could not decide: we want to
 * know).
 */
import type * as axeCore from 'axe-core';
import type { AxeResults, Result } from 'axe-core';

declare global {
  interface Window {
    axe?: typeof axeCore;
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function loadAxe(): Promise<typeof axeCore> {
  // The UMD build registers `window.axe` when imported as a module.
  if (!window.axe) await import('axe-core/axe.min.js' as string);
  if (!window.axe) throw new Error('axe-core did not load');
  return window.axe;
}

const describeResult = (r: Result) =>
  `${r.id} (${r.impact ?? 'n/a'}): ${r.help}\n${r.nodes.map((n) => `    ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')}`;

/** Runs axe on `el` (and its shadow roots); rejects with every problem found. */
export async function expectAccessible(
  el: Element,
  options: { disable?: string[] } = {},
): Promise<AxeResults> {
  const axe = await loadAxe();
  const results = await axe.run(el, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations', 'incomplete'],
    rules: Object.fromEntries((options.disable ?? []).map((id) => [id, { enabled: false }])),
  });
  const problems = [
    ...results.violations,
    ...results.incomplete.filter(
      (r) =>
        r.id === 'color-contrast' &&
        r.nodes.some((n) => !/pseudo|background image/i.test(n.failureSummary ?? '')),
    ),
  ];
  if (problems.length)
    throw new Error(
      `axe found ${problems.length} problem(s):\n${problems.map(describeResult).join('\n')}`,
    );
  return results;
}
