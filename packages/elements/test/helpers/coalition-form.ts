/** Mounting and filling `<ck-coalition-form>` against the scriptable feed (test/elements/pledge-fixture.mjs). */
import { createClient } from '@coalition-kit/sdk';
import '../../src/coalition-form/define.js';
import type { CkCoalitionForm } from '../../src/coalition-form/coalition-form.js';
import { mount } from './mount.js';
import { $, pledgeFeed } from './pledge-form.js';

export interface DeclarationOptions {
  mode?: string;
  lang?: 'fr' | 'en';
  minFillTime?: number;
}

/** Mounts the form with a client whose retries wait milliseconds, not seconds. */
export async function mountDeclaration(
  o: DeclarationOptions = {},
): Promise<{ el: CkCoalitionForm; feed: string }> {
  const feed = pledgeFeed(o.mode);
  const client = createClient({ feed, lang: o.lang ?? 'fr', retryDelay: 5 });
  const el = await mount(
    'ck-coalition-form',
    { lang: o.lang ?? 'fr' },
    { props: { client, minFillTime: o.minFillTime ?? 0 } },
  );
  return { el, feed };
}

export interface Declaration {
  name?: string;
  objective?: string;
  scope?: 0 | 1 | 2;
  themes?: number[];
  region?: string;
  locality?: string;
  members?: string;
  operatingMode?: string;
  actions?: string;
  contact1Name?: string;
  contact1Email?: string;
  contact1Organisation?: string;
  contact2Name?: string;
  contact2Email?: string;
  publicUrl?: string;
  publicEmail?: string;
  consent?: boolean;
  website?: string;
}

export const VALID_DECLARATION: Declaration = {
  name: 'Coalition Climat Fives',
  objective: 'Rénover les logements du quartier.',
  scope: 0,
  locality: 'Lille – Fives',
  contact1Name: 'Camille Martin',
  contact1Email: 'camille@example.org',
  consent: true,
};

const TEXT_FIELDS = [
  'name',
  'objective',
  'locality',
  'members',
  'operatingMode',
  'actions',
  'contact1Name',
  'contact1Email',
  'contact1Organisation',
  'contact2Name',
  'contact2Email',
  'publicUrl',
  'publicEmail',
  'website',
] as const;

function setValue(
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function setChecked(input: HTMLInputElement, checked: boolean) {
  if (input.checked !== checked) input.click();
}

export async function fillDeclaration(el: CkCoalitionForm, d: Declaration): Promise<void> {
  for (const field of TEXT_FIELDS) {
    const value = d[field];
    if (value !== undefined) setValue($<HTMLInputElement>(el, `[name="${field}"]`)!, value);
  }
  if (d.scope !== undefined) setChecked($<HTMLInputElement>(el, `#scope-${d.scope}`)!, true);
  for (const i of d.themes ?? []) setChecked($<HTMLInputElement>(el, `#theme-${i}`)!, true);
  if (d.region !== undefined) setValue($<HTMLSelectElement>(el, '#region')!, d.region);
  if (d.consent !== undefined) setChecked($<HTMLInputElement>(el, '#consent')!, d.consent);
  await el.updateComplete;
}

export async function submitDeclaration(el: CkCoalitionForm): Promise<void> {
  $(el, '[part~="submit-button"]')!.click();
  await el.updateComplete;
}

/** Every POST the feed received, failed ones included. */
export { attempts } from './pledge-form.js';
