import { expect } from '@open-wc/testing';

/** The npm entry points: the index defines nothing; each `<widget>/define` defines its own tag only. */
describe('npm entry points', () => {
  it('@coalition-kit/elements exports the classes without defining any tag', async () => {
    const index = await import('../src/index.js');
    expect(typeof index.CkAgenda).to.equal('function');
    expect(typeof index.CkFeed).to.equal('function');
    expect(['ck-feed', 'ck-agenda'].map((t) => customElements.get(t))).to.deep.equal([
      undefined,
      undefined,
    ]);
  });

  it('@coalition-kit/elements/agenda.js defines <ck-agenda> and nothing else', async () => {
    const { CkAgenda } = await import('../src/agenda/define.js');
    expect(customElements.get('ck-agenda')).to.equal(CkAgenda);
    expect(customElements.get('ck-feed')).to.equal(undefined);
  });

  it('the package exports map points each widget at its define module', async () => {
    const pkg = (await (await fetch('/packages/elements/package.json')).json()) as {
      exports: Record<string, { source?: string; default?: string }>;
      sideEffects: string[];
    };
    expect(pkg.exports['./agenda.js']).to.include({
      source: './src/agenda/define.ts',
      default: './dist/esm/agenda/define.js',
    });
    expect(pkg.exports['./feed.js']).to.include({
      source: './src/feed/define.ts',
      default: './dist/esm/feed/define.js',
    });
    expect(pkg.sideEffects).to.include('./dist/esm/*/define.js');
  });
});
