import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/feed/define.js';
import '../packages/elements/src/agenda/define.js';
import { fixtureClient } from './fixtures/feed.js';

const meta: Meta = {
  title: 'Widgets/Feed',
  component: 'ck-feed',
};
export default meta;

/** Two agendas inside one <ck-feed>: one client, each document fetched once. */
export const SharedClient: StoryObj = {
  name: 'Two widgets, one client',
  render: () =>
    html`<ck-feed .client=${fixtureClient('demo')}>
      <h2>Les trois prochains rendez-vous</h2>
      <ck-agenda limit="3" heading-level="3"></ck-agenda>
      <h2>Rendez-vous passés</h2>
      <ck-agenda view="past" no-views no-filters heading-level="3"></ck-agenda>
    </ck-feed>`,
};
