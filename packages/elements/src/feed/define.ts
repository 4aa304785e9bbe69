/** Defines `<ck-feed>` (import `@coalition-kit/elements/feed.js`). */
import { defineElement } from '../shared/define.js';
import { CkFeed } from './feed.js';

defineElement('ck-feed', CkFeed);

declare global {
  interface HTMLElementTagNameMap {
    'ck-feed': CkFeed;
  }
}

export { CkFeed };
