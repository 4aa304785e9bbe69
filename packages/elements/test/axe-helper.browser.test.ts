import { expect } from '@open-wc/testing';
import { expectAccessible } from './helpers/axe.js';

/** The helper is only useful if it fails: prove it on known-bad markup. */
describe('expectAccessible (meta-test)', () => {
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => box.remove());

  const bad: [string, string][] = [
    ['an unlabelled input', '<input type="text">'],
    [
      'a 16×16 px target',
      '<button style="width:16px;height:16px;padding:0;border:0;font-size:1px">x</button><button style="width:16px;height:16px;padding:0;border:0;font-size:1px">y</button>',
    ],
    ['an image without alt', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'],
    ['grey on white text', '<p style="color:#aaa;background:#fff">Texte peu lisible</p>'],
  ];
  for (const [name, markup] of bad) {
    it(`fails on ${name}`, async () => {
      box.innerHTML = markup;
      let error: unknown;
      try {
        await expectAccessible(box);
      } catch (e) {
        error = e;
      }
      expect(error, 'axe passed bad markup').to.be.instanceOf(Error);
    });
  }

  it('passes good markup', async () => {
    box.innerHTML =
      '<label for="x">Nom</label><input id="x" type="text"><button type="button">Envoyer</button>';
    await expectAccessible(box);
  });
});
