/** DetailsController with `single`: one item open at a time (the map's card). */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { DetailsController } from '../src/shared/list/details.js';
import type { CkSelectEvent } from '../src/shared/events.js';

class SingleHost extends LitElement {
  readonly details = new DetailsController(this, 'coalition', { single: true });
  readonly many = new DetailsController(this, 'member');
  override render() {
    return html`<p>${this.details.opened.join(',')}</p>`;
  }
}
customElements.define('ck-test-single-details', SingleHost);

describe('DetailsController single', () => {
  it('opening one closes the other and fires ck-select once per opening', async () => {
    const host = document.createElement('ck-test-single-details') as SingleHost;
    document.body.append(host);
    const fired: string[] = [];
    host.addEventListener('ck-select', (e) => fired.push((e as CkSelectEvent).detail.id));
    host.details.open('a');
    host.details.open('a');
    host.details.open('b');
    await host.updateComplete;
    expect(host.details.opened).to.deep.equal(['b']);
    expect(host.shadowRoot!.textContent).to.contain('b');
    expect(fired).to.deep.equal(['a', 'b']);
    host.details.closeAll();
    expect(host.details.opened).to.deep.equal([]);
    expect(fired).to.have.length(2);
    host.remove();
  });

  it('without single, items stay open together', () => {
    const host = document.createElement('ck-test-single-details') as SingleHost;
    host.many.toggle('a');
    host.many.toggle('b');
    expect(host.many.opened).to.deep.equal(['a', 'b']);
  });
});
