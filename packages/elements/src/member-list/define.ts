/** Defines `<ck-member-list>` (import `@coalition-kit/elements/member-list.js`). */
import { defineElement } from '../shared/define.js';
import { CkMemberList } from './member-list.js';

defineElement('ck-member-list', CkMemberList);

declare global {
  interface HTMLElementTagNameMap {
    'ck-member-list': CkMemberList;
  }
}

export { CkMemberList };
