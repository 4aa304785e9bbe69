/** `widgets.json` is the one list of tags: the loader, the package's exports and the index follow it. */
import { expect } from '@open-wc/testing';
import { WIDGETS } from '../src/widgets.js';

interface Widget {
  tag: string;
  module: string;
  class: string;
}

const read = async <T>(path: string) => (await (await fetch(path)).json()) as T;

describe('widget registry (widgets.json)', () => {
  let widgets: Widget[];
  before(async () => {
    ({ widgets } = await read<{ widgets: Widget[] }>('/packages/elements/widgets.json'));
  });

  it('the loader knows every tag, and only those', () => {
    expect(Object.keys(WIDGETS)).to.deep.equal(widgets.map((w) => w.tag));
  });

  it('each tag’s module defines it with its class, which the index exports', async () => {
    const index = (await import('../src/index.js')) as Record<string, unknown>;
    for (const w of widgets) {
      await WIDGETS[w.tag]!();
      expect(customElements.get(w.tag), w.tag).to.equal(index[w.class]);
    }
  });

  it('the package exports each tag’s define module', async () => {
    const pkg = await read<{ exports: Record<string, unknown> }>('/packages/elements/package.json');
    for (const w of widgets) {
      expect(pkg.exports[`./${w.module}.js`], w.tag).to.deep.equal({
        source: `./src/${w.module}/define.ts`,
        types: `./dist/types/${w.module}/define.d.ts`,
        default: `./dist/esm/${w.module}/define.js`,
      });
    }
  });
});
