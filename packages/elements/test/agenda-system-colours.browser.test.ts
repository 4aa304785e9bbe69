// The visitor's system settings, emulated through Chrome DevTools Protocol: Chromium only
// (web-test-runner.config.mjs says why), so they live apart from the other display tests.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/agenda/define.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa } from './helpers/query.js';

afterEach(unmountAll);

describe('ck-agenda and the visitor’s system colours', () => {
  it('theme="auto" follows the visitor’s dark system setting', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mount('ck-agenda', { feed: freshFeed('demo'), theme: 'auto' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 26, 23)');
      await expectAccessible(el);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('forced colours: buttons keep a visible border and system colours', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await mount('ck-agenda', { feed: freshFeed('demo') });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const button of qa(el, '.button'))
        expect(getComputedStyle(button).borderStyle).to.equal('solid');
      const item = q(el, '[part~="item"]')!;
      expect(getComputedStyle(item).borderTopStyle).to.equal('solid');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
