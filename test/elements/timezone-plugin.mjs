// WTR commands that play a visitor's settings, through puppeteer on the test page:
//   executeServerCommand('emulate-timezone', {timeZone})   page.emulateTimezone (null: the machine's)
//   executeServerCommand('emulate-forced-colors', {active}) forced-colors: active (Windows high contrast),
//     through CDP: puppeteer's emulateMediaFeatures does not accept forced-colors.
//   executeServerCommand('emulate-reduced-motion', {active}) prefers-reduced-motion: reduce.
// Emulation lasts as long as its CDP session: one kept per page. CDP replaces the whole list of
// emulated features at each call, so the features set so far are kept per page and sent together.
const sessions = new WeakMap();
const features = new WeakMap();
const MEDIA = {
  'emulate-forced-colors': ['forced-colors', 'active'],
  'emulate-reduced-motion': ['prefers-reduced-motion', 'reduce'],
};

export function timezonePlugin() {
  return {
    name: 'coalition-kit-visitor-settings',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone' && !MEDIA[command]) return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`${command} needs a puppeteer-based launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-timezone') {
        await page.emulateTimezone(payload?.timeZone ?? undefined);
      } else {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        if (!features.has(page)) features.set(page, new Map());
        const [name, on] = MEDIA[command];
        features.get(page).set(name, payload?.active ? on : '');
        await sessions.get(page).send('Emulation.setEmulatedMedia', {
          features: [...features.get(page)].map(([n, value]) => ({ name: n, value })),
        });
      }
      return true;
    },
  };
}
