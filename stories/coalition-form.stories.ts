import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createClient, type Client } from '@coalition-kit/sdk';
import '../packages/elements/src/coalition-form/define.js';
import type { CkCoalitionForm } from '../packages/elements/src/coalition-form/coalition-form.js';
import { pledgeCollective } from '../test/elements/pledge-fixture.mjs';
import {
  inForcedColours,
  onDarkPage,
  withHighContrast,
  withPartnerProperties,
} from './fixtures/themes.js';

const FEED = 'https://demo.coalition-kit.invalid/v1';

/** How the stub feed answers: the collective, then a POST of a declaration. */
type Post = 'pending' | 'never' | 'offline' | 'failed' | 'refused';
type Docs = 'answer' | 'never' | 'fail';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A client whose `fetch` is a stub: no story touches the network. */
function storyClient(
  docs: Docs = 'answer',
  post: Post = 'pending',
  collective: object = pledgeCollective,
): Client {
  let declared = 0;
  const stub: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const path = new URL(request.url).pathname.split('/v1/')[1] ?? '';
    if (request.method === 'POST') {
      if (post === 'never') return new Promise<Response>(() => {});
      if (post === 'offline') throw new TypeError('Failed to fetch');
      if (post === 'failed') return json({ message: 'indisponible' }, 503);
      if (post === 'refused')
        return json(
          {
            errors: [{ path: ['contacts', 0, 'email'], message: 'Adresse refusée par le serveur' }],
          },
          400,
        );
      declared++;
      return json({ id: `coalition-${declared}`, status: 'pending' }, 201);
    }
    if (docs === 'never') return new Promise<Response>(() => {});
    if (docs === 'fail') return json({ message: 'boom' }, 500);
    if (path === 'collective.json') return json(collective);
    return json({ message: 'not found' }, 404);
  };
  return createClient({ feed: FEED, fetch: stub, retryDelay: 1, lang: 'fr' });
}

interface Args {
  lang: 'fr' | 'en';
  headingLevel: number;
  theme: 'light' | 'dark' | 'auto';
  client: Client;
}

const form = (a: Partial<Args>) =>
  html`<ck-coalition-form
    .client=${a.client ?? storyClient()}
    .minFillTime=${0}
    lang=${a.lang ?? 'fr'}
    heading-level=${a.headingLevel ?? 2}
    theme=${a.theme ?? 'light'}
  >
    <a href="https://climat.example.org/coalitions"
      >Déclarer une coalition sur le site du collectif</a
    >
  </ck-coalition-form>`;

/** The widget once its form is shown. */
async function ready(canvas: HTMLElement): Promise<CkCoalitionForm> {
  const el = canvas.querySelector('ck-coalition-form')!;
  while (!el.shadowRoot?.querySelector('form')) await new Promise((r) => setTimeout(r, 20));
  return el;
}

const $ = <T extends HTMLElement>(el: CkCoalitionForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** Places the point with the keyboard: up to the north of France, then Enter. */
async function placePoint(el: CkCoalitionForm): Promise<void> {
  const map = $(el, '#map');
  map.focus();
  const key = (k: string, shiftKey = false) =>
    map.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true }));
  for (let i = 0; i < 8; i++) key('ArrowUp', true);
  key('Enter');
  await el.updateComplete;
}

/** Fills the form as a collective would, then presses the button. */
async function declare(canvas: HTMLElement, { valid = true } = {}): Promise<CkCoalitionForm> {
  const el = await ready(canvas);
  if (valid) {
    for (const [id, value] of [
      ['name', 'Coalition Climat Fives'],
      ['objective', 'Rénover les logements du quartier.'],
      ['locality', 'Lille – Fives'],
      ['contact1Name', 'Camille Martin'],
      ['contact1Email', 'camille@example.org'],
    ]) {
      const input = $<HTMLInputElement>(el, `#${id}`);
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    $<HTMLInputElement>(el, '#scope-0').click();
    await placePoint(el);
    $<HTMLInputElement>(el, '#consent').click();
  }
  $<HTMLButtonElement>(el, '[part~="submit-button"]').click();
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Coalition form',
  component: 'ck-coalition-form',
  render: (args) => form(args),
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    client: { table: { disable: true } },
  },
  args: { lang: 'fr', headingLevel: 2, theme: 'light' },
  parameters: {
    docs: {
      description: {
        component:
          'The declaration of a local coalition, moderated before publication: the point on a small map (mouse or keyboard), contact people that are never published, a submission that is never lost nor duplicated. Fixture data, no network.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Ready: Story = { name: 'Overview: empty form' };
export const ReadyEnglish: Story = { name: 'Overview: empty form (English)', args: { lang: 'en' } };
export const Placed: Story = {
  name: 'Overview: a point placed on the map',
  play: async ({ canvasElement }) => void (await placePoint(await ready(canvasElement))),
};
export const PlacedEnglish: Story = {
  name: 'Overview: a point placed (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => void (await placePoint(await ready(canvasElement))),
};

export const Loading: Story = { name: 'States: loading', args: { client: storyClient('never') } };
export const LoadingEnglish: Story = {
  name: 'States: loading (English)',
  args: { lang: 'en', client: storyClient('never') },
};
export const Invalid: Story = {
  name: 'States: invalid, with the error summary',
  play: async ({ canvasElement }) => void (await declare(canvasElement, { valid: false })),
};
export const InvalidEnglish: Story = {
  name: 'States: invalid (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => void (await declare(canvasElement, { valid: false })),
};
export const Sending: Story = {
  name: 'States: sending',
  args: { client: storyClient('answer', 'never') },
  play: async ({ canvasElement }) => void (await declare(canvasElement)),
};
export const SendingEnglish: Story = {
  name: 'States: sending (English)',
  args: { lang: 'en', client: storyClient('answer', 'never') },
  play: async ({ canvasElement }) => void (await declare(canvasElement)),
};
export const Offline: Story = {
  name: 'States: offline, waiting to send',
  args: { client: storyClient('answer', 'offline') },
  play: async ({ canvasElement }) => void (await declare(canvasElement)),
};
export const OfflineEnglish: Story = {
  name: 'States: offline (English)',
  args: { lang: 'en', client: storyClient('answer', 'offline') },
  play: async ({ canvasElement }) => void (await declare(canvasElement)),
};
export const Failed: Story = {
  name: 'States: server failure, waiting for a retry',
  args: { client: storyClient('answer', 'failed') },
  play: async ({ canvasElement }) => void (await declare(canvasElement)),
};
export const Refused: Story = {
  name: 'States: refused by the server (a field named)',
  args: { client: storyClient('answer', 'refused') },
  play: async ({ canvasElement }) => void (await declare(canvasElement)),
};
export const Success: Story = {
  name: 'States: success, pending moderation',
  play: async ({ canvasElement }) => void (await declare(canvasElement)),
};
export const SuccessEnglish: Story = {
  name: 'States: success, pending moderation (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => void (await declare(canvasElement)),
};
export const ErrorState: Story = { name: 'States: error', args: { client: storyClient('fail') } };
export const ErrorEnglish: Story = {
  name: 'States: error (English)',
  args: { lang: 'en', client: storyClient('fail') },
};

export const Brand: Story = {
  name: 'Themes: other brand colours',
  args: {
    client: storyClient('answer', undefined, {
      ...pledgeCollective,
      brand: { primary: '#7a1f5c', accent: '#1f4e7a' },
    }),
  },
};
export const Dark: Story = {
  name: 'Themes: dark',
  args: { theme: 'dark' },
  render: (args) => onDarkPage(form(args)),
};
export const PartnerOverrides: Story = {
  name: 'Themes: partner custom properties',
  render: (args) => withPartnerProperties(form(args)),
};
export const HighContrast: Story = {
  name: 'Themes: high contrast (partner palette)',
  render: (args) => withHighContrast(form(args)),
};
export const ForcedColours: Story = {
  name: 'Themes: forced colours',
  render: (args) => inForcedColours(form(args)),
};
