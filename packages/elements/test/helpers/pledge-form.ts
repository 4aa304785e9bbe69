/** Mounting and filling `<ck-pledge-form>` against the scriptable pledge feed (test/elements/pledge-fixture.mjs). */
import { createClient } from '@coalition-kit/sdk';
import '../../src/pledge-form/define.js';
import type { CkPledgeForm } from '../../src/pledge-form/pledge-form.js';
import { mount } from './mount.js';

let counter = 0;

/** A fresh pledge feed whose POSTs behave as `mode` says (ok, 503once, drop-once, down, fail, hold, refuse). */
export const pledgeFeed = (mode = 'ok') =>
  `/__pledge/${mode}~t${Date.now().toString(36)}${counter++}/v1`;

const feedId = (feed: string) => feed.split('/')[2]!;

export interface Attempt {
  key: string;
  body: Record<string, unknown>;
}

/** Every POST the feed received, failed ones included. */
export async function attempts(feed: string): Promise<Attempt[]> {
  return (await fetch(`/__pledge/_log?feed=${feedId(feed)}`)).json() as Promise<Attempt[]>;
}

/** Changes how the feed answers POSTs from now on. */
export const setMode = (feed: string, mode: string) =>
  fetch(`/__pledge/_mode?feed=${feedId(feed)}&mode=${mode}`, { method: 'POST' });

/** Lets the held POSTs of a `hold` feed answer. */
export const release = (feed: string) =>
  fetch(`/__pledge/_release?feed=${feedId(feed)}`, { method: 'POST' });

export interface FormOptions {
  mode?: string;
  campaign?: string;
  lang?: 'fr' | 'en';
  attrs?: Record<string, string>;
  minFillTime?: number;
}

/** Mounts the form with a client whose retries wait milliseconds, not seconds. */
export async function mountForm(o: FormOptions = {}): Promise<{ el: CkPledgeForm; feed: string }> {
  const feed = pledgeFeed(o.mode);
  const client = createClient({ feed, lang: o.lang ?? 'fr', retryDelay: 5 });
  const el = await mount(
    'ck-pledge-form',
    { campaign: o.campaign ?? 'appel', lang: o.lang ?? 'fr', ...o.attrs },
    { props: { client, minFillTime: o.minFillTime ?? 0 } },
  );
  return { el, feed };
}

export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

export interface Answers {
  commitments?: number[];
  kind?: 'citizen' | 'organisation';
  organisation?: string;
  name?: string;
  email?: string;
  postalCode?: string;
  message?: string;
  public?: boolean;
  consent?: boolean;
  website?: string;
}

export const VALID: Answers = {
  commitments: [0, 2],
  name: 'Camille Martin',
  email: 'camille@example.org',
  consent: true,
};

/** Types into a field the way a browser reports it (input + change events). */
function setValue(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function setChecked(input: HTMLInputElement, checked: boolean) {
  if (input.checked !== checked) input.click();
}

export async function fill(el: CkPledgeForm, a: Answers): Promise<void> {
  for (const i of a.commitments ?? [])
    setChecked($<HTMLInputElement>(el, `#commitment-${i}`)!, true);
  if (a.kind)
    setChecked($<HTMLInputElement>(el, `input[name="pledgerKind"][value="${a.kind}"]`)!, true);
  await el.updateComplete;
  for (const field of [
    'organisation',
    'name',
    'email',
    'postalCode',
    'message',
    'website',
  ] as const) {
    const value = a[field];
    if (value !== undefined) setValue($<HTMLInputElement>(el, `[name="${field}"]`)!, value);
  }
  if (a.public !== undefined) setChecked($<HTMLInputElement>(el, '#public')!, a.public);
  if (a.consent !== undefined) setChecked($<HTMLInputElement>(el, '#consent')!, a.consent);
  await el.updateComplete;
}

export async function submit(el: CkPledgeForm): Promise<void> {
  $(el, '[part~="submit-button"]')!.click();
  await el.updateComplete;
}

/** Resolves once `check()` is true, re-checking after each frame (the test's timeout bounds it). */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
}

/** Text with whitespace (including the narrow no-break space of "1 234") collapsed to spaces. */
export const text = (n: Node | null | undefined) =>
  (n?.textContent ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
