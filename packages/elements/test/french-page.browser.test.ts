/** A French page (the default) downloads no English string: every widget, populated, in French. */
import { expect } from '@open-wc/testing';
import '../src/agenda/define.js';
import '../src/coalition-form/define.js';
import '../src/coalition-map/define.js';
import '../src/member-list/define.js';
import '../src/pledge-form/define.js';
import { mountDeclaration } from './helpers/coalition-form.js';
import { englishFetched, englishRequests, englishStrings } from './helpers/english.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { mountForm } from './helpers/pledge-form.js';
import { status } from './helpers/query.js';

afterEach(unmountAll);

describe('a French page', () => {
  it('shows every widget in French without requesting any English catalogue', async () => {
    await englishStrings('serve');
    const widgets = await Promise.all([
      mount('ck-agenda', { feed: freshFeed('demo') }),
      mount('ck-member-list', { feed: freshFeed('directory') }),
      mount('ck-coalition-map', { feed: freshFeed('coalitions') }),
      mountForm().then(({ el }) => el),
      mountDeclaration().then(({ el }) => el),
    ]);
    expect(widgets.map((el) => el.matches(':state(populated)'))).to.deep.equal(
      widgets.map(() => true),
    );
    expect(status(widgets[0]!)).to.equal('5 événements trouvés.');
    expect(englishFetched()).to.deep.equal([]);
    expect(await englishRequests()).to.equal(0);
  });
});
