import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/member-list/define.js';
import { fixtureClient } from './fixtures/feed.js';
import { commonArgTypes, widgetStories, type CommonArgs } from './lib/widget-stories.js';

interface Args extends CommonArgs {
  layout: 'grid' | 'list';
  kinds: string;
  themes: string;
  region: string;
  coalition: string;
  q: string;
  sort: 'name' | 'newest';
  pageSize: number;
  headingLevel: number;
  noFilters: boolean;
}

const memberList = (a: Partial<Args>) =>
  html`<ck-member-list
    .client=${a.client ?? fixtureClient('directory')}
    lang=${a.lang ?? 'fr'}
    layout=${a.layout ?? 'grid'}
    kinds=${ifDefined(a.kinds || undefined)}
    themes=${ifDefined(a.themes || undefined)}
    region=${ifDefined(a.region || undefined)}
    coalition=${ifDefined(a.coalition || undefined)}
    q=${ifDefined(a.q || undefined)}
    sort=${a.sort ?? 'name'}
    page-size=${a.pageSize ?? 50}
    heading-level=${a.headingLevel ?? 3}
    ?no-filters=${a.noFilters}
    theme=${a.theme ?? 'light'}
  >
    <a href="https://climat.example.org/acteurs"
      >La liste des acteurs engagés sur le site du collectif</a
    >
  </ck-member-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/Member list',
  component: 'ck-member-list',
  render: (args) => memberList(args),
  argTypes: {
    ...commonArgTypes,
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    sort: { control: 'inline-radio', options: ['name', 'newest'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: {
    lang: 'fr',
    layout: 'grid',
    sort: 'name',
    pageSize: 50,
    headingLevel: 3,
    noFilters: false,
    theme: 'light',
  },
  parameters: {
    docs: {
      description: {
        component:
          'The directory of engaged organisations. Fixture data, no network: logos on another host are not loaded (initials).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;
const common = widgetStories<Args>(memberList, {
  tag: 'ck-member-list',
  never: () => fixtureClient('directory', 'never'),
  fail: () => fixtureClient('directory', 'fail'),
  empty: () => fixtureClient('directory-empty'),
});

export const Playground: Story = {};

export const Grid: Story = { name: 'Overview: grid' };
export const List: Story = { name: 'Overview: list', args: { layout: 'list' } };
export const English: Story = { name: 'Overview: English', ...common.english };
export const EnglishList: Story = {
  name: 'Overview: English, list',
  args: { lang: 'en', layout: 'list' },
};
export const Newest: Story = { name: 'Overview: newest first', args: { sort: 'newest' } };
export const Preset: Story = {
  name: 'Overview: preset kinds and coalition',
  args: { kinds: 'association collectif-citoyen reseau', coalition: 'lille-metropole' },
};
export const NoFilters: Story = {
  name: 'Overview: without filters',
  args: { noFilters: true, region: 'Somme' },
};

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
  name: 'States: 2,000 members',
  args: { client: fixtureClient('directory-big') },
};
export const HostileText: Story = {
  name: 'States: hostile feed text',
  args: { client: fixtureClient('directory-hostile') },
};

export const Brand: Story = {
  name: 'Themes: other brand colours',
  args: {
    client: fixtureClient('directory', 'answer', (doc, body) =>
      doc === 'collective.json'
        ? { ...(body as object), brand: { primary: '#7a1f5c', accent: '#1f4e7a' } }
        : body,
    ),
  },
};
export const Dark: Story = { name: 'Themes: dark', ...common.dark };
export const DarkList: Story = {
  name: 'Themes: dark, list',
  ...common.dark,
  args: { theme: 'dark', layout: 'list', lang: 'en' },
};
export const PartnerOverrides: Story = {
  name: 'Themes: partner custom properties',
  ...common.partner(
    html`<style>
      .partner ck-member-list::part(logo) {
        border-radius: 50%;
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
