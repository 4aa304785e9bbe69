/**
 * The pieces around the members' list: the count and the sort control above it, the sentence
 * shown instead when no member is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MemberSort } from './directory.js';
import type { MemberMessages } from './messages.js';

/** "12 acteurs trouvés." and the sort control (none when `sort` is undefined: no filters). */
export function renderToolbar(
  m: MemberMessages,
  count: number,
  sort: MemberSort | undefined,
  onSort: (e: Event) => void,
): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <p class="count" part="count">${m.found(count)}</p>
    ${
      sort === undefined
        ? nothing
        : html`<div class="field sort" part="sort">
            <label for="ck-member-sort">${m.sort}</label>
            <select id="ck-member-sort" @change=${onSort}>
              <option value="name" ?selected=${sort === 'name'}>${m.sortName}</option>
              <option value="newest" ?selected=${sort === 'newest'}>${m.sortNewest}</option>
            </select>
          </div>`
    }
  </div>`;
}

/** The feed lists no member (`empty`), or none matches; `onClear`, when given, clears the filters. */
export function renderEmpty(
  m: MemberMessages,
  empty: boolean,
  onClear: (() => void) | undefined,
): TemplateResult {
  return html`<div class="empty" part="empty" data-focus-after-retry tabindex="-1">
    <p>${empty ? m.empty : m.noMatch}</p>
    ${
      onClear
        ? html`<button type="button" class="button" part="clear-filters" @click=${onClear}>
            ${m.resetFilters}
          </button>`
        : nothing
    }
  </div>`;
}
