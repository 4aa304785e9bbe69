import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Client } from '@coalition-kit/sdk';
import '../packages/elements/src/coalition-form/define.js';
import type { CkCoalitionForm } from '../packages/elements/src/coalition-form/coalition-form.js';
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

/** How the stub feed answers a POST of a declaration. */
type Post = 'pending' | 'never' | 'offline' | 'failed' | 'refused';

const POSTS: Record<Post, (recorded: number) => Response | Promise<Response>> = {
  pending: (recorded) => json({ id: `coalition-${recorded + 1}`, status: 'pending' }, 201),
  never: NEVER,
  offline: OFFLINE,
  failed: () => json({ message: 'indisponible' }, 503),
  refused: () =>
    json(
      { errors: [{ path: ['contacts', 0, 'email'], message: 'Adresse refusée par le serveur' }] },
      400,
    ),
};

/** A client whose `fetch` is a stub: no story touches the network. */
const storyClient = (
  docs: Docs = 'answer',
  post: Post = 'pending',
  collective: object = pledgeCollective,
): Client =>
  formStoryClient(docs, {
    post: POSTS[post],
    doc: (path) => (path === 'collective.json' ? collective : undefined),
  });

interface Args extends CommonArgs {
  headingLevel: number;
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
const ready = (canvas: HTMLElement) => formShown<CkCoalitionForm>(canvas, 'ck-coalition-form');

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
    typeInto(el, [
      ['name', 'Coalition Climat Fives'],
      ['objective', 'Rénover les logements du quartier.'],
      ['locality', 'Lille – Fives'],
      ['contact1Name', 'Camille Martin'],
      ['contact1Email', 'camille@example.org'],
    ]);
    $<HTMLInputElement>(el, '#scope-0').click();
    await placePoint(el);
    $<HTMLInputElement>(el, '#consent').click();
  }
  $<HTMLButtonElement>(el, '[part~="submit-button"]').click();
  return el;
}

const submitted = submitStory(declare);

const meta: Meta<Args> = {
  title: 'Widgets/Coalition form',
  component: 'ck-coalition-form',
  render: (args) => form(args),
  argTypes: {
    ...commonArgTypes,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
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
const common = widgetStories<Args>(form, {
  tag: 'ck-coalition-form',
  never: () => storyClient('never'),
  fail: () => storyClient('fail'),
});

export const Playground: Story = {};

export const Ready: Story = { name: 'Overview: empty form' };
export const ReadyEnglish: Story = { name: 'Overview: empty form (English)', ...common.english };
export const Placed: Story = {
  name: 'Overview: a point placed on the map',
  play: async ({ canvasElement }) => void (await placePoint(await ready(canvasElement))),
};
export const PlacedEnglish: Story = {
  name: 'Overview: a point placed (English)',
  ...inEnglish(Placed),
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
export const SendingEnglish: Story = {
  name: 'States: sending (English)',
  ...inEnglish(Sending, storyClient('answer', 'never')),
};
export const Offline: Story = {
  name: 'States: offline, waiting to send',
  ...submitted(storyClient('answer', 'offline')),
};
export const OfflineEnglish: Story = {
  name: 'States: offline (English)',
  ...inEnglish(Offline, storyClient('answer', 'offline')),
};
export const Failed: Story = {
  name: 'States: server failure, waiting for a retry',
  ...submitted(storyClient('answer', 'failed')),
};
export const Refused: Story = {
  name: 'States: refused by the server (a field named)',
  ...submitted(storyClient('answer', 'refused')),
};
export const Success: Story = {
  name: 'States: success, pending moderation',
  ...submitted(),
};
export const SuccessEnglish: Story = {
  name: 'States: success, pending moderation (English)',
  ...inEnglish(Success),
};
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
