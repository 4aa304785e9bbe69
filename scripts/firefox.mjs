// How web-test-runner starts Debian's Firefox ESR (installed by scripts/ensure-firefox.mjs when
// missing): puppeteer-core drives it over WebDriver BiDi, with no browser download.
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const firefoxLaunchOptions = {
  browser: 'firefox',
  executablePath: firefoxPath,
  headless: true,
  // The closed network: no update checks, telemetry or remote settings from Firefox itself.
  extraPrefsFirefox: {
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
  },
};
