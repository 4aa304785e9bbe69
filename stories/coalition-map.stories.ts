import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/coalition-map/define.js';
import { fixtureClient } from './fixtures/feed.js';
import { commonArgTypes, widgetStories, type CommonArgs } from './lib/widget-stories.js';

interface Args extends CommonArgs {
  view: 'map' | 'list';
  themes: string;
  scope: string;
  status: string;
  region: string;
  q: string;
  noFilters: boolean;
}

const map = (a: Partial<Args>) =>
  html`<ck-coalition-map
    .client=${a.client ?? fixtureClient('coalitions')}
    lang=${a.lang ?? 'fr'}
    view=${a.view ?? 'map'}
    themes=${ifDefined(a.themes || undefined)}
    scope=${ifDefined(a.scope || undefined)}
    status=${ifDefined(a.status || undefined)}
    region=${ifDefined(a.region || undefined)}
    q=${ifDefined(a.q || undefined)}
    ?no-filters=${a.noFilters}
    theme=${a.theme ?? 'light'}
  >
    <a href="https://climat.example.org/coalitions"
      >Les coalitions locales sur le site du collectif</a
    >
  </ck-coalition-map>`;

/** Waits for the map's data, then presses the mark `key` (a coalition id, or `c:<id>` for a cluster). */
async function press(canvas: HTMLElement, key: string): Promise<void> {
  const el = canvas.querySelector('ck-coalition-map')!;
  while (!el.shadowRoot?.querySelector(`[data-key="${key}"]`))
    await new Promise((r) => requestAnimationFrame(r));
  el.shadowRoot
    .querySelector(`[data-key="${key}"]`)!
    .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

const meta: Meta<Args> = {
  title: 'Widgets/Coalition map',
  component: 'ck-coalition-map',
  render: (args) => map(args),
  argTypes: {
    ...commonArgTypes,
    view: { control: 'inline-radio', options: ['map', 'list'] },
  },
  args: { lang: 'fr', view: 'map', noFilters: false, theme: 'light' },
  parameters: {
    docs: {
      description: {
        component:
          'Coalitions on our own map of France (no tiles, no third party), with the list that says the same. Fixture data, no network.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;
const common = widgetStories<Args>(map, {
  tag: 'ck-coalition-map',
  never: () => fixtureClient('coalitions', 'never'),
  fail: () => fixtureClient('coalitions', 'fail'),
  empty: () => fixtureClient('coalitions-empty'),
});

export const Playground: Story = {};

export const Populated: Story = { name: 'Overview: map with a cluster' };
export const English: Story = { name: 'Overview: English', ...common.english };
export const List: Story = { name: 'Overview: the equivalent list', args: { view: 'list' } };
export const ListEnglish: Story = {
  name: 'Overview: the equivalent list (English)',
  args: { view: 'list', lang: 'en' },
};
export const Card: Story = {
  name: 'Overview: a coalition’s card',
  play: async ({ canvasElement }) => press(canvasElement, 'cc21-lille'),
};
export const CardEnglish: Story = {
  name: 'Overview: a coalition’s card (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => press(canvasElement, 'cc21-lille'),
};
export const ClusterSplit: Story = {
  name: 'Overview: a cluster split by zooming',
  play: async ({ canvasElement }) => press(canvasElement, 'c:amiens-centre'),
};
export const Preset: Story = {
  name: 'Overview: preset region',
  args: { region: 'Hauts-de-France', noFilters: true },
};

export const Loading: Story = { name: 'States: loading', ...common.loading };
export const Empty: Story = { name: 'States: empty', ...common.empty };
export const ErrorState: Story = { name: 'States: error', ...common.error };
export const ErrorEnglish: Story = { name: 'States: error (English)', ...common.errorEnglish };
export const NoMatch: Story = { name: 'States: nothing matches', args: { q: 'zzz' } };
export const Thousands: Story = {
  name: 'States: 2,000 coalitions',
  args: { client: fixtureClient('coalitions-big') },
};
export const HostileText: Story = {
  name: 'States: hostile feed text',
  args: { client: fixtureClient('coalitions-hostile') },
  play: async ({ canvasElement }) => press(canvasElement, 'h1'),
};

export const Dark: Story = { name: 'Themes: dark', ...common.dark };
export const PartnerOverrides: Story = {
  name: 'Themes: partner custom properties',
  ...common.partner(
    html`<style>
      .partner ck-coalition-map {
        --ck-map-land: #eef3f8;
        --ck-map-cluster: #7a1f5c;
      }
    </style>`,
  ),
};
export const HighContrast: Story = {
  name: 'Themes: high contrast (partner palette)',
  ...common.highContrast,
};
export const ForcedColours: Story = { name: 'Themes: forced colours', ...common.forcedColours };

export const Narrow: Story = { name: 'Accessibility: 320 px wide', ...common.narrow };
export const Zoom: Story = { name: 'Accessibility: 200 % text', ...common.zoom };
