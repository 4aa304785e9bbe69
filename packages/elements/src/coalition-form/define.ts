/** Defines `<ck-coalition-form>` (import `@coalition-kit/elements/coalition-form.js`). */
import { defineElement } from '../shared/define.js';
import { CkCoalitionForm } from './coalition-form.js';

defineElement('ck-coalition-form', CkCoalitionForm);

declare global {
  interface HTMLElementTagNameMap {
    'ck-coalition-form': CkCoalitionForm;
  }
}

export { CkCoalitionForm };
