// WTR commands that play a visitor's settings, through puppeteer on the test page:
//   executeServerCommand('emulate-timezone', {timeZone})   page.emulateTimezone (null: the machine's)
//   executeServerCommand('emulate-forced-colors', {active}) forced-colors: active (Windows high contrast),
//     through CDP: puppeteer's emulateMediaFeatures does not accept forced-colors.
// Emulation lasts as long as its CDP session: one kept per page.
const sessions = new WeakMap();

export function timezonePlugin() {
  return {
    name: 'coalition-kit-visitor-settings',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone' && command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`${command} needs a puppeteer-based launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-timezone') {
        await page.emulateTimezone(payload?.timeZone ?? undefined);
      } else {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
      }
      return true;
    },
  };
}
