/**
 * The stories every widget has, made from its tag, its feed fixtures and its render: the
 * states (loading, empty, error, each in English too), the English overview, the themes
 * (dark page, partner `--ck-*` properties, high contrast, forced colours) and the
 * accessibility ones (320 px, 200 % text). A widget's file keeps its own stories and, for
 * each of these, one line with its name and export (Storybook reads both from the file).
 */
import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { Client } from '@coalition-kit/sdk';
import {
  inForcedColours,
  onDarkPage,
  withHighContrast,
  withPartnerProperties,
} from '../fixtures/themes.js';

/** The args every widget story has. */
export interface CommonArgs {
  lang: 'fr' | 'en';
  theme: 'light' | 'dark' | 'auto';
  client: Client;
}

/** The controls of those args. */
export const commonArgTypes = {
  lang: { control: 'inline-radio', options: ['fr', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  client: { table: { disable: true } },
} as const;

/** A story without its name (the widget's file names it): its args, its host page. */
interface Unnamed<A> {
  args?: Partial<A>;
  render?: (args: A) => TemplateResult;
}

export interface WidgetFixtures {
  /** The widget's tag (`ck-agenda`): the 200 % text story sizes it. */
  tag: string;
  /** A client whose feed never answers, then one whose feed fails (HTTP 500). */
  never: () => Client;
  fail: () => Client;
  /** A client of the widget's empty feed, for the widgets that have an empty state. */
  empty?: () => Client;
}

/**
 * The same story in English (its own args kept). A story with a stub client of its own is
 * handed a new one (`client`): two stories never share a client's counts and cache.
 */
export const inEnglish = <S extends { name?: string; args?: object }>(
  { name: _name, ...story }: S,
  client?: Client,
) => ({
  ...story,
  args: { ...story.args, lang: 'en' as const, ...(client && { client }) },
});

export function widgetStories<A extends CommonArgs>(
  render: (args: Partial<A>) => TemplateResult,
  fixtures: WidgetFixtures,
) {
  const withClient = (client: () => Client, lang?: 'en'): Unnamed<A> => ({
    args: { ...(lang && { lang }), client: client() } as Partial<A>,
  });
  const story = (s: Unnamed<A>) => s;
  const empty = () => (fixtures.empty ?? fixtures.never)();
  const tag = unsafeStatic(fixtures.tag);
  // Getters: each story gets its own client, made only when the file uses the story.
  return {
    english: story({ args: { lang: 'en' } as Partial<A> }),
    get loading() {
      return withClient(fixtures.never);
    },
    get loadingEnglish() {
      return withClient(fixtures.never, 'en');
    },
    get empty() {
      return withClient(empty);
    },
    get emptyEnglish() {
      return withClient(empty, 'en');
    },
    get error() {
      return withClient(fixtures.fail);
    },
    get errorEnglish() {
      return withClient(fixtures.fail, 'en');
    },
    dark: story({
      args: { theme: 'dark' } as Partial<A>,
      render: (args) => onDarkPage(render(args)),
    }),
    /** The partner's `--ck-*` properties, and its own rules when it has some (`::part`). */
    partner: (rules?: TemplateResult): Unnamed<A> => ({
      render: (args) => withPartnerProperties(render(args), rules),
    }),
    highContrast: story({ render: (args) => withHighContrast(render(args)) }),
    forcedColours: story({ render: (args) => inForcedColours(render(args)) }),
    narrow: story({
      render: (args) =>
        html`<div style="width: 320px; border: 1px dashed #999">${render(args)}</div>`,
    }),
    zoom: story({
      render: (args) =>
        html`<div class="zoomed">${render(args)}</div>
          <style>
            .zoomed ${tag} {
              --ck-font-size: 32px;
            }
          </style>`,
    }),
  };
}
