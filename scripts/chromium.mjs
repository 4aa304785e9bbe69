// How every tool of the project starts Debian's Chromium (web-test-runner, Storybook smoke,
// end-to-end tests, benchmarks): root needs --no-sandbox, and the closed network makes
// Chromium's own background connections fail, so they are turned off.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
