/** Defines `<ck-coalition-map>` (import `@coalition-kit/elements/coalition-map.js`). */
import { defineElement } from '../shared/define.js';
import { CkCoalitionMap } from './coalition-map.js';

defineElement('ck-coalition-map', CkCoalitionMap);

declare global {
  interface HTMLElementTagNameMap {
    'ck-coalition-map': CkCoalitionMap;
  }
}

export { CkCoalitionMap };
