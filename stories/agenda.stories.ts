import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/agenda/define.js';
import type { Client } from '@coalition-kit/sdk';
import { brandedClient, fixtureClient } from './fixtures/feed.js';
import {
  inForcedColours,
  onDarkPage,
  withHighContrast,
  withPartnerProperties,
} from './fixtures/themes.js';

interface Args {
  lang: 'fr' | 'en';
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
  theme: 'light' | 'dark' | 'auto';
  client: Client;
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
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    view: { control: 'inline-radio', options: ['list', 'month', 'past'] },
    attendance: { control: 'inline-radio', options: ['', 'online', 'in-person'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    client: { table: { disable: true } },
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

export const Playground: Story = {};

export const Populated: Story = { name: 'Overview: upcoming, by day' };
export const English: Story = { name: 'Overview: English', args: { lang: 'en' } };
export const Month: Story = {
  name: 'Overview: month view',
  args: { view: 'month', month: '2030-03' },
};
export const Past: Story = { name: 'Overview: past events', args: { view: 'past' } };
export const Compact: Story = { name: 'Overview: compact, next 3', args: { limit: 3 } };
export const Filtered: Story = { name: 'Overview: preset themes', args: { themes: 'energie' } };

export const Loading: Story = {
  name: 'States: loading',
  args: { client: fixtureClient('demo', 'never') },
};
export const LoadingEnglish: Story = {
  name: 'States: loading (English)',
  args: { lang: 'en', client: fixtureClient('demo', 'never') },
};
export const Empty: Story = { name: 'States: empty', args: { client: fixtureClient('empty') } };
export const EmptyEnglish: Story = {
  name: 'States: empty (English)',
  args: { lang: 'en', client: fixtureClient('empty') },
};
export const ErrorState: Story = {
  name: 'States: error',
  args: { client: fixtureClient('demo', 'fail') },
};
export const ErrorEnglish: Story = {
  name: 'States: error (English)',
  args: { lang: 'en', client: fixtureClient('demo', 'fail') },
};
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
export const Dark: Story = {
  name: 'Themes: dark',
  args: { theme: 'dark' },
  render: (args) => onDarkPage(agenda(args)),
};
export const PartnerOverrides: Story = {
  name: 'Themes: partner custom properties',
  render: (args) =>
    withPartnerProperties(
      agenda(args),
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
  render: (args) => withHighContrast(agenda(args)),
};
export const ForcedColours: Story = {
  name: 'Themes: forced colours',
  render: (args) => inForcedColours(agenda(args)),
};

export const Narrow: Story = {
  name: 'Accessibility: 320 px wide',
  render: (args) => html`<div style="width: 320px; border: 1px dashed #999">${agenda(args)}</div>`,
};
export const Zoom: Story = {
  name: 'Accessibility: 200 % text',
  render: (args) =>
    html`<div class="zoomed">${agenda(args)}</div>
      <style>
        .zoomed ck-agenda {
          --ck-font-size: 32px;
        }
      </style>`,
};
