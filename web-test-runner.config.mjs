// Browser tests, in Debian's Chromium (installed by scripts/ensure-chromium.mjs when missing), or in
// Debian's Firefox ESR with CK_BROWSER=firefox (`npm run test:browser:firefox`).
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import {
  feedFixtureMiddleware,
  sdkFromSourcePlugin,
} from './test/elements/feed-fixture-plugin.mjs';
import { englishStringsMiddleware } from './test/elements/english-strings.mjs';
import { firstUseCodeMiddleware } from './test/elements/first-use-code.mjs';
import { timezonePlugin } from './test/elements/timezone-plugin.mjs';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { firefoxLaunchOptions } from './scripts/firefox.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const firefox = process.env.CK_BROWSER === 'firefox';

// Test files that need a Chromium-only feature, with the reason; Firefox runs every other file.
const chromiumOnly = {
  // prefers-color-scheme and forced-colors emulation go through CDP (Emulation.setEmulatedMedia);
  // puppeteer over WebDriver BiDi has no media emulation ("CDP support is required").
  'packages/elements/test/agenda-system-colours.browser.test.ts': 'CDP media emulation',
  // The map's animated moves are tested with and without prefers-reduced-motion: CDP again.
  'packages/elements/test/coalition-map-cluster.browser.test.ts': 'CDP media emulation',
  'packages/elements/test/coalition-map-navigation.browser.test.ts': 'CDP media emulation',
  'packages/elements/test/coalition-map-gestures.browser.test.ts': 'CDP media emulation',
};

const files = ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'];

export default {
  files: firefox ? [...files, ...Object.keys(chromiumOnly).map((f) => `!${f}`)] : files,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // esbuild compiles TS on the fly; the tsconfig selects Lit's legacy decorators.
  // sdkFromSourcePlugin: widgets' tests use the SDK's source; timezonePlugin: a visitor elsewhere;
  // feedFixtureMiddleware: fixture feeds under /__feeds/; englishStringsMiddleware: the English
  // catalogues held or failing on demand (/__english/); firstUseCodeMiddleware: the forms' code
  // for a started visitor failing on demand (/__first-use/).
  plugins: [
    sdkFromSourcePlugin(),
    timezonePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig }),
  ],
  middleware: [feedFixtureMiddleware(), englishStringsMiddleware(), firstUseCodeMiddleware()],
  // Firefox: the same launcher, handed puppeteer-core itself as its "custom puppeteer", so that
  // it launches Firefox over WebDriver BiDi (the launcher's own path only starts Chrome).
  browsers: [
    firefox
      ? chromeLauncher({ launchOptions: firefoxLaunchOptions, puppeteer: puppeteerCore })
      : chromeLauncher({ launchOptions: chromiumLaunchOptions }),
  ],
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
