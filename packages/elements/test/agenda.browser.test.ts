import { expect } from '@open-wc/testing';
import '../src/agenda/define.js';
import type { CkAgenda } from '../src/agenda/agenda.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed, shadowText } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';

const q = (el: CkAgenda, selector: string) => el.shadowRoot!.querySelector(selector);
const qa = (el: CkAgenda, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const txt = (n: Node | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: CkAgenda) =>
  qa(el, '[part~="item-title"]').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());

afterEach(unmountAll);

describe('ck-agenda states', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`loading (${lang}): skeleton, fallback and an empty live region from the first render`, async () => {
      const el = await mount('ck-agenda', { feed: freshFeed('slow-demo'), lang }, { wait: false });
      expect(q(el, '[part~="skeleton"]')).to.not.equal(null);
      expect(txt(q(el, '[role="status"]'))).to.equal('');
      expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
    });

    it(`populated (${lang}): upcoming events grouped by day`, async () => {
      const el = await mount('ck-agenda', { feed: freshFeed('demo'), lang });
      expect(titles(el)[0]).to.contain('Climatour de Lille');
      expect(titles(el).some((t) => t.includes('Village Alternatiba'))).to.equal(
        false,
        'past event shown as upcoming',
      );
      const day = q(el, '[part~="day-heading"] time')!;
      expect(day.getAttribute('datetime')).to.equal('2030-03-14');
      expect(day.textContent!.trim()).to.equal(
        lang === 'fr' ? 'jeudi 14 mars 2030' : 'Thursday, 14 March 2030',
      );
      expect(txt(q(el, '[role="status"]'))).to.equal(
        lang === 'fr' ? '5 événements trouvés.' : '5 events found.',
      );
      await expectAccessible(el);
    });

    it(`empty (${lang}): says there is nothing, in words`, async () => {
      const el = await mount('ck-agenda', { feed: freshFeed('empty'), lang });
      expect(q(el, '[part~="empty"]')!.textContent!.trim()).to.equal(
        lang === 'fr' ? 'Aucun événement à venir pour le moment.' : 'No upcoming events for now.',
      );
      await expectAccessible(el);
    });

    it(`error (${lang}): a clear sentence, a retry button and the fallback`, async () => {
      const el = document.createElement('ck-agenda');
      el.innerHTML = '<a href="https://climat.example.org/agenda">Voir l’agenda</a>';
      const box = document.createElement('div');
      box.append(el);
      document.body.append(box);
      const failed = new Promise((r) => el.addEventListener('ck-error', r, { once: true }));
      el.setAttribute('lang', lang);
      el.feed = freshFeed('broken');
      await failed;
      await el.updateComplete;
      const alert = q(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain(
        lang === 'fr' ? 'L’agenda n’a pas pu être chargé.' : 'The events could not be loaded.',
      );
      // The feed answered 500: the hint sends the visitor to check nothing of theirs.
      expect(alert.textContent).to.contain(
        lang === 'fr' ? 'Réessayez dans un moment.' : 'Try again in a moment.',
      );
      expect(alert.textContent).to.not.contain(lang === 'fr' ? 'connexion' : 'connection');
      expect(q(el, '[part~="retry-button"]')!.textContent!.trim()).to.equal(
        lang === 'fr' ? 'Réessayer' : 'Try again',
      );
      const slot = q(el, '[part~="fallback"] slot') as HTMLSlotElement;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Voir l’agenda');
      await expectAccessible(el);
      box.remove();
    });
  }

  it('takes its language from the closest [lang] of the page', async () => {
    const parent = document.createElement('section');
    parent.lang = 'en-GB';
    document.body.append(parent);
    const el = await mount('ck-agenda', { feed: freshFeed('demo') }, { parent });
    expect(q(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(shadowText(el)).to.contain('Upcoming');
    parent.remove();
  });
});
