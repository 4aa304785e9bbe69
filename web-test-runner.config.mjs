// Browser tests, in Debian's Chromium (installed by scripts/ensure-chromium.mjs when missing).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import {
  feedFixtureMiddleware,
  sdkFromSourcePlugin,
} from './test/elements/feed-fixture-plugin.mjs';
import { timezonePlugin } from './test/elements/timezone-plugin.mjs';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // esbuild compiles TS on the fly; the tsconfig selects Lit's legacy decorators.
  // sdkFromSourcePlugin: widgets' tests use the SDK's source; timezonePlugin: a visitor elsewhere;
  // feedFixtureMiddleware: fixture feeds under /__feeds/.
  plugins: [
    sdkFromSourcePlugin(),
    timezonePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig }),
  ],
  middleware: [feedFixtureMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
