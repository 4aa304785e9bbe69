import { expect } from '@open-wc/testing';
import { CkAgenda } from '../src/agenda/agenda.js';
import { defineElement } from '../src/shared/define.js';
import { VERSION } from '../src/shared/version.js';

/** Runs `fn` and returns the console warnings it printed. */
function warnings(fn: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('the define guard', () => {
  it('defines a tag once; the same script loaded twice is silent', () => {
    const printed = warnings(() => {
      defineElement('ck-guard-a', CkAgenda);
      defineElement('ck-guard-a', CkAgenda);
      // A second copy of the same version: another class object, same version number.
      defineElement('ck-guard-a', class extends CkAgenda {});
    });
    expect(customElements.get('ck-guard-a')).to.equal(CkAgenda);
    expect(printed).to.deep.equal([]);
  });

  it('another version: never throws, one warning naming both versions, the first stays', () => {
    class Older extends CkAgenda {
      static override version = '0.0.9';
    }
    class OlderToo extends Older {}
    defineElement('ck-guard-b', Older);
    defineElement('ck-guard-c', OlderToo);
    let printed: string[] = [];
    expect(() => {
      printed = warnings(() => {
        defineElement('ck-guard-b', CkAgenda);
        defineElement('ck-guard-c', CkAgenda); // a second tag of the same bundle: no second warning
      });
    }).not.to.throw();
    expect(printed).to.have.length(1);
    expect(printed[0]).to.contain('0.0.9').and.to.contain(VERSION);
    expect(customElements.get('ck-guard-b')).to.equal(Older);
  });

  it('keeps VERSION equal to the package version', async () => {
    const pkg = (await (await fetch('/packages/elements/package.json')).json()) as {
      version: string;
    };
    expect(VERSION).to.equal(pkg.version);
  });
});
