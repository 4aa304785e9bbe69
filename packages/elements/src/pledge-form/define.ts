/** Defines `<ck-pledge-form>` (import `@coalition-kit/elements/pledge-form.js`). */
import { defineElement } from '../shared/define.js';
import { CkPledgeForm } from './pledge-form.js';

defineElement('ck-pledge-form', CkPledgeForm);

declare global {
  interface HTMLElementTagNameMap {
    'ck-pledge-form': CkPledgeForm;
  }
}

export { CkPledgeForm };
