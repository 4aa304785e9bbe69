/** Defines `<ck-agenda>` (import `@coalition-kit/elements/agenda.js`). */
import { defineElement } from '../shared/define.js';
import { CkAgenda } from './agenda.js';

defineElement('ck-agenda', CkAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'ck-agenda': CkAgenda;
  }
}

export { CkAgenda };
