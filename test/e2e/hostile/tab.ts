/**
 * One tab on a hostile page, watched: page errors, console errors and warnings, CSP and
 * Trusted Types violations, dialogs (a payload that ran), requests to any other host.
 */
import type { Browser, Page } from 'puppeteer-core';
import { WIDGETS, widgetSelector } from './widgets.js';

export interface Watch {
  errors: string[];
  warnings: string[];
  violations: string[];
  dialogs: string[];
  foreignHosts: string[];
}

export interface Tab {
  page: Page;
  watch: Watch;
}

export async function openTab(browser: Browser, origin: string): Promise<Tab> {
  const page = await browser.newPage();
  const watch: Watch = { errors: [], warnings: [], violations: [], dialogs: [], foreignHosts: [] };
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    const text = m.text();
    if (text.startsWith('CSP violation:')) watch.violations.push(text);
    // Failed loads are reported with their URL below (the console line does not say which).
    else if (m.type() === 'error' && !text.startsWith('Failed to load resource'))
      watch.errors.push(`console: ${text}`);
    else if (m.type() === 'warn') watch.warnings.push(text);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      watch.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) watch.foreignHosts.push(r.url());
  });
  page.on('dialog', (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.log(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return { page, watch };
}

const SELECTORS = JSON.stringify(WIDGETS.map(widgetSelector));

/** Every widget's state (`loading`, `error`, `empty`, `populated`, or `undefined`). */
export function widgetStates(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    `Object.fromEntries(${SELECTORS}.map((s) => {
      const el = document.querySelector(s);
      const state = ['loading', 'error', 'empty', 'populated'].find((x) => el && el.matches(':state(' + x + ')'));
      return [s, state || 'undefined'];
    }))`,
  ) as Promise<Record<string, string>>;
}

/**
 * Waits until every widget shows its content (`:state(populated)`), then for fonts and two
 * frames, so screenshots see the settled layout. Strings, not functions: tsx would add
 * helpers (`__name`) that the page does not have.
 */
export async function waitPopulated(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      `${SELECTORS}.every((s) => document.querySelector(s)?.matches(':state(populated)'))`,
      { timeout: 20_000, polling: 100 },
    );
  } catch (error) {
    throw new Error(`not every widget was populated: ${JSON.stringify(await widgetStates(page))}`, {
      cause: error,
    });
  }
  await page.evaluate(
    `document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))`,
  );
}
