import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Client } from '@coalition-kit/sdk';
import '../packages/elements/src/pledge-form/define.js';
import type { CkPledgeForm } from '../packages/elements/src/pledge-form/pledge-form.js';
import { pledgeCollective } from '../test/elements/pledge-fixture.mjs';
import {
  $,
  NEVER,
  OFFLINE,
  formShown,
  formStoryClient,
  json,
  submitStory,
  typeInto,
  type Docs,
} from './lib/form-stories.js';
import { commonArgTypes, inEnglish, widgetStories, type CommonArgs } from './lib/widget-stories.js';

/** How the stub feed answers a POST of a pledge. */
type Post = 'recorded' | 'never' | 'offline' | 'refused';

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

const POSTS: Record<Post, (recorded: number) => Response | Promise<Response>> = {
  recorded: (recorded) => json({ id: `p-${recorded + 1}`, status: 'recorded' }, 201),
  never: NEVER,
  offline: OFFLINE,
  refused: () =>
    json({ errors: [{ path: ['email'], message: 'Adresse refusée par le serveur' }] }, 400),
};

/** A client whose `fetch` is a stub: no story touches the network. */
const storyClient = (
  docs: Docs = 'answer',
  post: Post = 'recorded',
  collective: object = pledgeCollective,
): Client =>
  formStoryClient(docs, {
    post: POSTS[post],
    doc: (path, recorded) =>
      path === 'collective.json'
        ? collective
        : path.endsWith('stats.json')
          ? { ...stats, total: stats.total + recorded }
          : undefined,
  });

interface Args extends CommonArgs {
  campaign: string;
  partner: boolean;
  headingLevel: number;
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

/** Fills the form as a visitor would, then presses the button. */
async function pledge(canvas: HTMLElement, { valid = true } = {}): Promise<CkPledgeForm> {
  const el = await formShown<CkPledgeForm>(canvas, 'ck-pledge-form');
  if (valid) {
    $<HTMLInputElement>(el, '#commitment-0').click();
    typeInto(el, [
      ['name', 'Camille Martin'],
      ['email', 'camille@example.org'],
    ]);
    $<HTMLInputElement>(el, '#consent').click();
  }
  $<HTMLButtonElement>(el, '[part~="submit-button"]').click();
  return el;
}

const submitted = submitStory(pledge);

const meta: Meta<Args> = {
  title: 'Widgets/Pledge form',
  component: 'ck-pledge-form',
  render: (args) => form(args),
  argTypes: {
    ...commonArgTypes,
    campaign: { control: 'select', options: ['appel', 'citoyens', 'futur', 'clos', 'inconnue'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
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
const common = widgetStories<Args>(form, {
  tag: 'ck-pledge-form',
  never: () => storyClient('never'),
  fail: () => storyClient('fail'),
});

export const Playground: Story = {};

export const Open: Story = { name: 'Overview: open form' };
export const OpenEnglish: Story = { name: 'Overview: open form (English)', ...common.english };
export const Partner: Story = { name: 'Overview: this site’s count', args: { partner: true } };
export const CitizensOnly: Story = {
  name: 'Overview: citizens only',
  args: { campaign: 'citoyens' },
};

export const Loading: Story = { name: 'States: loading', ...common.loading };
export const LoadingEnglish: Story = {
  name: 'States: loading (English)',
  ...common.loadingEnglish,
};
export const Invalid: Story = {
  name: 'States: invalid, with the error summary',
  ...submitted(undefined, { valid: false }),
};
export const InvalidEnglish: Story = { name: 'States: invalid (English)', ...inEnglish(Invalid) };
export const Sending: Story = {
  name: 'States: sending',
  ...submitted(storyClient('answer', 'never')),
};
export const Offline: Story = {
  name: 'States: offline, waiting to send',
  ...submitted(storyClient('answer', 'offline')),
};
export const OfflineEnglish: Story = {
  name: 'States: offline (English)',
  ...inEnglish(Offline, storyClient('answer', 'offline')),
};
export const Refused: Story = {
  name: 'States: refused by the server (a field named)',
  ...submitted(storyClient('answer', 'refused')),
};
export const Success: Story = {
  name: 'States: success',
  ...submitted(storyClient()),
};
export const SuccessEnglish: Story = {
  name: 'States: success (English)',
  ...inEnglish(Success, storyClient()),
};
export const NotYetOpen: Story = { name: 'States: not yet open', args: { campaign: 'futur' } };
export const Closed: Story = { name: 'States: closed', args: { campaign: 'clos' } };
export const ClosedEnglish: Story = { name: 'States: closed (English)', ...inEnglish(Closed) };
export const Unknown: Story = { name: 'States: unknown campaign', args: { campaign: 'inconnue' } };
export const ErrorState: Story = { name: 'States: error', ...common.error };
export const ErrorEnglish: Story = { name: 'States: error (English)', ...common.errorEnglish };

export const Brand: Story = {
  name: 'Themes: other brand colours',
  args: {
    client: storyClient('answer', undefined, {
      ...pledgeCollective,
      brand: { primary: '#7a1f5c', accent: '#1f4e7a' },
    }),
  },
};
export const Dark: Story = { name: 'Themes: dark', ...common.dark };
export const PartnerOverrides: Story = {
  name: 'Themes: partner custom properties',
  ...common.partner(),
};
export const HighContrast: Story = {
  name: 'Themes: high contrast (partner palette)',
  ...common.highContrast,
};
export const ForcedColours: Story = { name: 'Themes: forced colours', ...common.forcedColours };
