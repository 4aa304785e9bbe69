/** What the example tests assert on in a Chromium tab: problems, and widgets ready. */
import type { Browser, Page } from 'puppeteer-core';

/**
 * A new tab that records page errors, console errors, failed requests and CSP violations
 * into `problems` (a test asserts it is empty).
 */
export async function watchedTab(browser: Browser): Promise<{ tab: Page; problems: string[] }> {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  tab.on('console', (m) => {
    // Failed loads are reported by URL below (the console line does not say which).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console: ${m.text()}`);
  });
  tab.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return { tab, problems };
}

/** Resolves once each of `tags` is in the page in its populated state (`:state(populated)`). */
export function populated(tab: Page, tags: string[]) {
  return tab.waitForFunction(
    (names: string[]) =>
      names.every((name) => document.querySelector(name)?.matches(':state(populated)')),
    { timeout: 45_000 },
    tags,
  );
}
