import { expect } from '@open-wc/testing';
import '../src/agenda/define.js';
import type { CkAgenda } from '../src/agenda/agenda.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, shownNames, status } from './helpers/query.js';

afterEach(unmountAll);

const agenda = (attrs: Record<string, string> = {}) =>
  mount('ck-agenda', { feed: freshFeed('demo'), ...attrs });

/** Changes a filter the way a visitor does, and waits for the re-render. */
async function choose(el: CkAgenda, name: string, value: string) {
  const control = q(el, `[name="${name}"]`) as HTMLSelectElement | HTMLInputElement;
  control.value = value;
  // A search box reacts to typing (`input`); selects and date fields to `change`.
  const typing = control instanceof HTMLInputElement && control.type === 'search';
  control.dispatchEvent(new Event(typing ? 'input' : 'change', { bubbles: true }));
  await el.updateComplete;
}

describe('ck-agenda filters a visitor uses', () => {
  it('text search ignores accents and case, announces the count and keeps focus', async () => {
    const el = await agenda();
    const input = q(el, '[name="q"]') as HTMLInputElement;
    input.focus();
    await choose(el, 'q', 'ELUS');
    expect(shownNames(el)).to.deep.equal(['Formation des élus à la concertation']);
    expect(status(el)).to.equal('1 événement trouvé.');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expectAccessible(el);
  });

  it('theme', async () => {
    const el = await agenda();
    await choose(el, 'theme', 'energie');
    expect(shownNames(el)).to.deep.equal([
      'Climatour de Lille : quartier Fives',
      'Estaminet du Climat',
      'Formation des élus à la concertation',
    ]);
  });

  it('format', async () => {
    const el = await agenda();
    await choose(el, 'format', 'webinaire');
    expect(shownNames(el)).to.deep.equal(['Webinaire : stockage carbone dans les sols']);
  });

  it('region', async () => {
    const el = await agenda();
    await choose(el, 'region', 'Somme');
    expect(shownNames(el)).to.deep.equal(['Formation des élus à la concertation']);
  });

  it('organiser (named from the members document)', async () => {
    const el = await agenda();
    const options = [...(q(el, '[name="organizer"]') as HTMLSelectElement).options].map(
      (o) => o.text,
    );
    expect(options).to.deep.equal([
      'Tous',
      'Cerdd',
      'Maison Régionale de l’Environnement et des Solidarités',
      'Ville de Lille',
    ]);
    await choose(el, 'organizer', 'ville-lille');
    expect(shownNames(el)).to.deep.equal(['Estaminet du Climat']);
  });

  it('dates from and until', async () => {
    const el = await agenda();
    await choose(el, 'from', '2030-04-01');
    await choose(el, 'to', '2030-04-30');
    expect(shownNames(el)).to.deep.equal([
      'Estaminet du Climat',
      'Exposition « +2 °C, le changement climatique près de chez vous »',
    ]);
    expect(status(el)).to.equal('2 événements trouvés.');
  });

  it('online or in person', async () => {
    const el = await agenda();
    await choose(el, 'attendance', 'online');
    expect(shownNames(el)).to.deep.equal(['Webinaire : stockage carbone dans les sols']);
    await choose(el, 'attendance', 'in-person');
    expect(shownNames(el)).to.have.length(4);
  });

  it('says when nothing matches, and clears the filters', async () => {
    const el = await agenda({ lang: 'en' });
    await choose(el, 'q', 'zzz');
    expect(q(el, '[part~="empty"]')!.textContent!.trim()).to.equal(
      'No events match these filters.',
    );
    expect(status(el)).to.equal('No events found.');
    await expectAccessible(el);
    const reset = q(el, '.reset') as HTMLButtonElement;
    reset.focus();
    reset.click();
    await el.updateComplete;
    expect(shownNames(el)).to.have.length(5);
    // The button goes with the filters: focus stays in the form, on its first field.
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('q');
  });
});

describe('ck-agenda presets a partner sets', () => {
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'themes',
      { themes: 'alimentation, biodiversite' },
      [
        'Webinaire : stockage carbone dans les sols',
        'Exposition « +2 °C, le changement climatique près de chez vous »',
      ],
    ],
    [
      'formats',
      { formats: 'visite rencontre' },
      ['Climatour de Lille : quartier Fives', 'Estaminet du Climat'],
    ],
    ['region', { region: 'somme' }, ['Formation des élus à la concertation']],
    ['organizer', { organizer: 'mres' }, ['Webinaire : stockage carbone dans les sols']],
    [
      'from',
      { from: '2030-04-01' },
      [
        'Estaminet du Climat',
        'Exposition « +2 °C, le changement climatique près de chez vous »',
        'Formation des élus à la concertation',
      ],
    ],
    [
      'to',
      { to: '2030-03-31' },
      ['Climatour de Lille : quartier Fives', 'Webinaire : stockage carbone dans les sols'],
    ],
    ['attendance', { attendance: 'online' }, ['Webinaire : stockage carbone dans les sols']],
    ['q', { q: 'estaminet' }, ['Estaminet du Climat']],
  ];
  for (const [name, attrs, expected] of cases) {
    it(name, async () => {
      const el = await agenda(attrs);
      expect(shownNames(el)).to.deep.equal(expected);
    });
  }

  it('limits the theme choices to the preset ones', async () => {
    const el = await agenda({ themes: 'energie,mobilite' });
    const options = [...(q(el, '[name="theme"]') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).to.deep.equal(['', 'mobilite', 'energie']);
  });

  it('limit: a compact "next 3" without filters, views or "show more"', async () => {
    const el = await agenda({ limit: '3' });
    expect(shownNames(el)).to.have.length(3);
    expect(q(el, '[part~="filters"]')).to.equal(null);
    expect(q(el, '[part~="toolbar"]')).to.equal(null);
    expect(q(el, '[part~="show-more"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('no-filters hides the form but keeps presets', async () => {
    const el = await agenda({ 'no-filters': '', formats: 'webinaire' });
    expect(q(el, '[part~="filters"]')).to.equal(null);
    expect(shownNames(el)).to.deep.equal(['Webinaire : stockage carbone dans les sols']);
  });
});
