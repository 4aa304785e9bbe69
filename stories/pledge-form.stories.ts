import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createClient, type Client } from '@coalition-kit/sdk';
import '../packages/elements/src/pledge-form/define.js';
import type { CkPledgeForm } from '../packages/elements/src/pledge-form/pledge-form.js';
import { pledgeCollective } from '../test/elements/pledge-fixture.mjs';
import {
  inForcedColours,
  onDarkPage,
  withHighContrast,
  withPartnerProperties,
} from './fixtures/themes.js';

const FEED = 'https://demo.coalition-kit.invalid/v1';

/** How the stub feed answers: documents, then a POST of a pledge. */
type Post = 'recorded' | 'never' | 'offline' | 'refused';
type Docs = 'answer' | 'never' | 'fail';

const stats = {
  version: 1,
  campaign: 'appel',
  total: 1234,
  byCommitment: { energie: 800, velo: 300, 'climate-tour': 134 },
  byPartner: { [globalThis.location?.origin ?? '']: 12 },
  recent: [
    { name: 'Camille Martin', locality: 'Lille', at: '2026-11-20T10:00:00+01:00' },
    { name: 'Ateliers du Vélo', at: '2026-11-19T10:00:00+01:00' },
  ],
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A client whose `fetch` is a stub: no story touches the network. */
function storyClient(
  docs: Docs = 'answer',
  post: Post = 'recorded',
  collective: object = pledgeCollective,
): Client {
  let pledges = 0;
  const stub: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const path = new URL(request.url).pathname.split('/v1/')[1] ?? '';
    if (request.method === 'POST') {
      if (post === 'never') return new Promise<Response>(() => {});
      if (post === 'offline') throw new TypeError('Failed to fetch');
      if (post === 'refused')
        return json(
          { errors: [{ path: ['email'], message: 'Adresse refusée par le serveur' }] },
          400,
        );
      pledges++;
      return json({ id: `p-${pledges}`, status: 'recorded' }, 201);
    }
    if (docs === 'never') return new Promise<Response>(() => {});
    if (docs === 'fail') return json({ message: 'boom' }, 500);
    if (path === 'collective.json') return json(collective);
    if (path.endsWith('stats.json')) return json({ ...stats, total: stats.total + pledges });
    return json({ message: 'not found' }, 404);
  };
  return createClient({ feed: FEED, fetch: stub, retryDelay: 1, lang: 'fr' });
}

interface Args {
  lang: 'fr' | 'en';
  campaign: string;
  partner: boolean;
  headingLevel: number;
  theme: 'light' | 'dark' | 'auto';
  client: Client;
}

const form = (a: Partial<Args>) =>
  html`<ck-pledge-form
    .client=${a.client ?? storyClient()}
    .minFillTime=${0}
    campaign=${a.campaign ?? 'appel'}
    lang=${a.lang ?? 'fr'}
    ?partner=${a.partner}
    heading-level=${a.headingLevel ?? 2}
    theme=${a.theme ?? 'light'}
  >
    <a href="https://climat.example.org/appel">Répondre à l’appel sur le site du collectif</a>
  </ck-pledge-form>`;

/** The widget once its campaign is shown. */
async function ready(canvas: HTMLElement): Promise<CkPledgeForm> {
  const el = canvas.querySelector('ck-pledge-form')!;
  while (!el.shadowRoot?.querySelector('form')) await new Promise((r) => setTimeout(r, 20));
  return el;
}

const $ = <T extends HTMLElement>(el: CkPledgeForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** Fills the form as a visitor would, then presses the button. */
async function pledge(canvas: HTMLElement, { valid = true } = {}): Promise<CkPledgeForm> {
  const el = await ready(canvas);
  if (valid) {
    $<HTMLInputElement>(el, '#commitment-0').click();
    for (const [id, value] of [
      ['name', 'Camille Martin'],
      ['email', 'camille@example.org'],
    ]) {
      const input = $<HTMLInputElement>(el, `#${id}`);
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    $<HTMLInputElement>(el, '#consent').click();
  }
  $<HTMLButtonElement>(el, '[part~="submit-button"]').click();
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Pledge form',
  component: 'ck-pledge-form',
  render: (args) => form(args),
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    campaign: { control: 'select', options: ['appel', 'citoyens', 'futur', 'clos', 'inconnue'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    client: { table: { disable: true } },
  },
  args: { lang: 'fr', campaign: 'appel', partner: false, headingLevel: 2, theme: 'light' },
  parameters: {
    docs: {
      description: {
        component:
          'The call for commitments: counter, consent and a submission that is never lost nor duplicated. Fixture data, no network.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Open: Story = { name: 'Overview: open form' };
export const OpenEnglish: Story = { name: 'Overview: open form (English)', args: { lang: 'en' } };
export const Partner: Story = { name: 'Overview: this site’s count', args: { partner: true } };
export const CitizensOnly: Story = {
  name: 'Overview: citizens only',
  args: { campaign: 'citoyens' },
};

export const Loading: Story = {
  name: 'States: loading',
  args: { client: storyClient('never') },
};
export const LoadingEnglish: Story = {
  name: 'States: loading (English)',
  args: { lang: 'en', client: storyClient('never') },
};
export const Invalid: Story = {
  name: 'States: invalid, with the error summary',
  play: async ({ canvasElement }) => void (await pledge(canvasElement, { valid: false })),
};
export const InvalidEnglish: Story = {
  name: 'States: invalid (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => void (await pledge(canvasElement, { valid: false })),
};
export const Sending: Story = {
  name: 'States: sending',
  args: { client: storyClient('answer', 'never') },
  play: async ({ canvasElement }) => void (await pledge(canvasElement)),
};
export const Offline: Story = {
  name: 'States: offline, waiting to send',
  args: { client: storyClient('answer', 'offline') },
  play: async ({ canvasElement }) => void (await pledge(canvasElement)),
};
export const OfflineEnglish: Story = {
  name: 'States: offline (English)',
  args: { lang: 'en', client: storyClient('answer', 'offline') },
  play: async ({ canvasElement }) => void (await pledge(canvasElement)),
};
export const Refused: Story = {
  name: 'States: refused by the server (a field named)',
  args: { client: storyClient('answer', 'refused') },
  play: async ({ canvasElement }) => void (await pledge(canvasElement)),
};
export const Success: Story = {
  name: 'States: success',
  args: { client: storyClient() },
  play: async ({ canvasElement }) => void (await pledge(canvasElement)),
};
export const SuccessEnglish: Story = {
  name: 'States: success (English)',
  args: { lang: 'en', client: storyClient() },
  play: async ({ canvasElement }) => void (await pledge(canvasElement)),
};
export const NotYetOpen: Story = { name: 'States: not yet open', args: { campaign: 'futur' } };
export const Closed: Story = { name: 'States: closed', args: { campaign: 'clos' } };
export const ClosedEnglish: Story = {
  name: 'States: closed (English)',
  args: { lang: 'en', campaign: 'clos' },
};
export const Unknown: Story = { name: 'States: unknown campaign', args: { campaign: 'inconnue' } };
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
