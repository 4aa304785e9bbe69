import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook 10 for the widgets. Offline: stories use fixture data, never the network. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => {
    // The SDK from source (its `source` export condition): no build needed first.
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['source', 'browser', 'module', 'import', 'default'],
    };
    return viteConfig;
  },
};
export default config;
