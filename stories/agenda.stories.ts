import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/agenda/define.js';
import { brandedClient, fixtureClient } from './fixtures/feed.js';
import { commonArgTypes, widgetStories, type CommonArgs } from './lib/widget-stories.js';

interface Args extends CommonArgs {
  view: 'list' | 'month' | 'past';
  themes: string;
  formats: string;
  region: string;
  attendance: '' | 'online' | 'in-person';
  q: string;
  month: string;
  limit: number | undefined;
  headingLevel: number;
  noFilters: boolean;
}

const agenda = (a: Partial<Args>) =>
  html`<ck-agenda
    .client=${a.client ?? fixtureClient('demo')}
    lang=${a.lang ?? 'fr'}
    view=${a.view ?? 'list'}
    themes=${ifDefined(a.themes || undefined)}
    formats=${ifDefined(a.formats || undefined)}
    region=${ifDefined(a.region || undefined)}
    attendance=${ifDefined(a.attendance || undefined)}
    q=${ifDefined(a.q || undefined)}
    month=${ifDefined(a.month || undefined)}
    limit=${ifDefined(a.limit)}
    heading-level=${a.headingLevel ?? 2}
    ?no-filters=${a.noFilters}
    theme=${a.theme ?? 'light'}
  >
    <a href="https://climat.example.org/agenda">Voir l’agenda commun sur le site du collectif</a>
  </ck-agenda>`;

const meta: Meta<Args> = {
  title: 'Widgets/Agenda',
  component: 'ck-agenda',
  render: (args) => agenda(args),
  argTypes: {
    ...commonArgTypes,
    view: { control: 'inline-radio', options: ['list', 'month', 'past'] },
    attendance: { control: 'inline-radio', options: ['', 'online', 'in-person'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: {
    lang: 'fr',
    view: 'list',
    headingLevel: 2,
    noFilters: false,
    theme: 'light',
    month: '2030-03',
  },
  parameters: {
    docs: { description: { component: 'The common agenda. Fixture data, no network.' } },
  },
};
export default meta;

type Story = StoryObj<Args>;
const common = widgetStories<Args>(agenda, {
  tag: 'ck-agenda',
  never: () => fixtureClient('demo', 'never'),
  fail: () => fixtureClient('demo', 'fail'),
  empty: () => fixtureClient('empty'),
});

export const Playground: Story = {};

export const Populated: Story = { name: 'Overview: upcoming, by day' };
export const English: Story = { name: 'Overview: English', ...common.english };
export const Month: Story = {
  name: 'Overview: month view',
  args: { view: 'month', month: '2030-03' },
};
export const Past: Story = { name: 'Overview: past events', args: { view: 'past' } };
export const Compact: Story = { name: 'Overview: compact, next 3', args: { limit: 3 } };
export const Filtered: Story = { name: 'Overview: preset themes', args: { themes: 'energie' } };

export const Loading: Story = { name: 'States: loading', ...common.loading };
export const LoadingEnglish: Story = {
  name: 'States: loading (English)',
  ...common.loadingEnglish,
};
export const Empty: Story = { name: 'States: empty', ...common.empty };
export const EmptyEnglish: Story = { name: 'States: empty (English)', ...common.emptyEnglish };
export const ErrorState: Story = { name: 'States: error', ...common.error };
export const ErrorEnglish: Story = { name: 'States: error (English)', ...common.errorEnglish };
export const NoMatch: Story = { name: 'States: nothing matches', args: { q: 'zzz' } };
export const NoMatchEnglish: Story = {
  name: 'States: nothing matches (English)',
  args: { lang: 'en', q: 'zzz' },
};
export const Thousands: Story = {
  name: 'States: 5,000 events',
  args: { client: fixtureClient('big') },
};
export const HostileText: Story = {
  name: 'States: hostile feed text',
  args: { client: fixtureClient('hostile') },
};

export const Brand: Story = {
  name: 'Themes: other brand colours',
  args: { client: brandedClient('#7a1f5c', '#1f4e7a') },
};
export const Dark: Story = { name: 'Themes: dark', ...common.dark };
export const PartnerOverrides: Story = {
  name: 'Themes: partner custom properties',
  ...common.partner(
    html`<style>
      .partner ck-agenda::part(item-title) {
        font-variant: small-caps;
      }
    </style>`,
  ),
};
export const HostileCss: Story = {
  name: 'Themes: hostile partner CSS',
  render: (args) =>
    html`<div class="hostile">${agenda(args)}</div>
      <style>
        .hostile {
          font-size: 10px;
          color: #0f0;
          line-height: 3;
          letter-spacing: 0.3em;
          text-align: right;
          text-transform: uppercase;
        }
        .hostile * {
          box-sizing: content-box;
        }
        :root {
          font-size: 62.5%;
        }
      </style>`,
};

export const HighContrast: Story = {
  name: 'Themes: high contrast (partner palette)',
  ...common.highContrast,
};
export const ForcedColours: Story = { name: 'Themes: forced colours', ...common.forcedColours };

export const Narrow: Story = { name: 'Accessibility: 320 px wide', ...common.narrow };
export const Zoom: Story = { name: 'Accessibility: 200 % text', ...common.zoom };
