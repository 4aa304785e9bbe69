// A WTR command that plays a visitor in another time zone: `executeServerCommand('emulate-timezone',
// {timeZone})` calls puppeteer's page.emulateTimezone for the test page (null: back to the machine's).
export function timezonePlugin() {
  return {
    name: 'coalition-kit-emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error('emulate-timezone needs a puppeteer-based launcher');
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.timeZone ?? undefined);
      return true;
    },
  };
}
