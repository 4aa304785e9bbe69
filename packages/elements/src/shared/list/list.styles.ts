/**
 * Rules of the list pieces every list widget shares (blocks in a grid, the toolbar, `renderFilterForm`, "show more", the
 * disclosure of details, tags, the empty sentence, skeleton rows, headings that take focus
 * from code). Sizes in em from :host.
 */
import { css } from 'lit';

/** The filter form's box, fields and controls (`renderFilterForm`), for widgets that take no other list rule. */
export const filterFormStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em;
    padding: 0.75em;
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface);
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 10em;
    min-width: 0;
  }
  .field label {
    font-weight: 600;
  }
  input,
  select {
    width: 100%;
    min-width: 0;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    background: var(--_ck-bg);
  }
  /* The date field's focus lands on an inner segment: ring the whole input. */
  input[type='date']:focus-within {
    outline: 3px solid var(--_ck-focus);
    outline-offset: 2px;
  }
`;

export const listStyles = css`
  ${filterFormStyles}
  .base {
    display: grid;
    gap: var(--_ck-gap);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .field.search {
    flex-basis: 14em;
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin-top: 0.4em;
  }
  .tag {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_ck-surface);
    font-size: 0.875em;
  }
  .disclosure {
    margin-top: 0.4em;
    min-height: 24px;
    padding: 0.2em 0;
    border: 0;
    background: none;
    color: var(--_ck-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .disclosure::before {
    content: '▸ ';
  }
  .disclosure[aria-expanded='true']::before {
    content: '▾ ';
  }
  .details {
    margin-top: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_ck-surface);
  }
  .more {
    margin: 0;
    text-align: center;
  }
  .empty {
    margin: 0;
    padding: 1em;
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface);
  }
  .empty:focus {
    outline: none;
  }
  .skeleton-list {
    display: grid;
    gap: 0.75em;
  }
  [part~='item-title']:focus {
    outline: none;
  }
  [part~='item-title']:focus-visible {
    outline: 3px solid var(--_ck-focus);
  }
  @media (forced-colors: active) {
    .tag {
      border: 1px solid CanvasText;
    }
  }
`;
