import { css } from 'lit';

/** Rules of the card and the list (loaded with them, after the widget's own). */
export const cardAndListStyles = css`
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list {
    display: grid;
    gap: 0.5em;
  }
  .list > li {
    display: grid;
    gap: 0.25em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_ck-primary);
    background: var(--_ck-bg);
  }
  .item-button {
    justify-self: start;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_ck-primary);
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .item-button:focus-visible,
  .card :focus-visible {
    outline: 3px solid var(--_ck-focus);
    outline-offset: 2px;
  }
  .card {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    background: var(--_ck-bg);
  }
  .card-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  /* A long word (a hashtag) breaks in the title; the close button keeps its width. */
  [part~='card-title'] {
    min-width: 0;
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .close {
    flex-shrink: 0;
  }
  [part~='card-title']:focus {
    outline: none;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
  }
  .tag {
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_ck-radius);
    font-size: 0.875em;
  }
  dl {
    display: grid;
    gap: 0.4em;
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .members,
  .actions,
  .contact {
    display: grid;
    gap: 0.15em;
  }
  @media (forced-colors: active) {
    .list > li {
      border-inline-start-color: CanvasText;
    }
  }
`;
