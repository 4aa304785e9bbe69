import { expect } from '@open-wc/testing';
import { mountDeclaration } from './helpers/coalition-form.js';
import { unmountAll } from './helpers/mount.js';
import { $, mountForm, until } from './helpers/pledge-form.js';

// Every module this page fetched is listed: none may be dropped for a full buffer.
performance.setResourceTimingBufferSize(100_000);

/** Whether the page fetched the module `path` (from `src/`, without its suffix). */
const fetched = (path: string) =>
  performance
    .getEntriesByType('resource')
    .some((e) => new URL(e.name).pathname.replace(/\.(ts|js)$/, '').endsWith(`/src/${path}`));

afterEach(unmountAll);

describe('forms: the code for a started visitor loads at the first focus, not before', () => {
  it('pledge form: shown, nothing of the send path; a focus in a field loads it', async () => {
    const { el } = await mountForm();
    expect(fetched('shared/form/submission'), 'the form itself is there').to.equal(true);
    expect(fetched('shared/form/sender'), 'before any focus').to.equal(false);
    expect(fetched('shared/form/send')).to.equal(false);
    $(el, '#name')!.focus();
    await until(() => fetched('shared/form/send') && fetched('shared/form/sender'));
  });

  it('declaration form: reading the answers and the region under a point load at the first focus, even off the map', async () => {
    const { el } = await mountDeclaration();
    expect(fetched('coalition-form/place-picker'), 'the map is there').to.equal(true);
    expect(fetched('coalition-form/region-at'), 'before any focus').to.equal(false);
    expect(fetched('coalition-form/fields'), 'before any focus').to.equal(false);
    $(el, '#name')!.focus();
    await until(() =>
      ['started', 'region-at', 'fields'].every((m) => fetched(`coalition-form/${m}`)),
    );
  });
});
