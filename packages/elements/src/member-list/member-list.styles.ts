import { css } from 'lit';

/** Layout of the member list: cards in a fluid grid (or one a row), fixed logo boxes. */
export const memberListStyles = css`
  .toolbar {
    align-items: end;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .field.sort {
    flex: 0 1 16em;
  }
  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
    gap: 0.75em;
  }
  :host([layout='list']) .members {
    grid-template-columns: 1fr;
  }
  .members:focus {
    outline: none;
  }
  .member {
    display: flex;
    flex-direction: column;
    align-items: start;
    min-width: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_ck-surface);
    border-top: 4px solid var(--_ck-primary);
    border-radius: var(--_ck-radius);
    background: var(--_ck-bg);
  }
  :host([layout='list']) .member {
    border-top-width: 1px;
    border-inline-start: 4px solid var(--_ck-primary);
  }
  .member p {
    margin: 0.25em 0 0;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
  }
  .identity {
    min-width: 0;
  }
  /* A fixed box: the card does not move when the logo arrives, fails or is left out. */
  .logo {
    display: grid;
    flex: none;
    place-items: center;
    width: 4em;
    height: 4em;
    overflow: hidden;
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface);
  }
  .logo img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .initials {
    color: var(--_ck-primary);
    font-size: 1.25em;
    font-weight: 700;
  }
  [part='item-title'] {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .facts,
  .muted {
    color: var(--_ck-muted);
  }
  /* The website and the details button line up at the bottom of the cards of a row. */
  .actions {
    margin-top: auto;
  }
  .details {
    width: 100%;
  }
  .label {
    font-weight: 600;
  }
  .coalitions,
  .upcoming {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .skeleton-item {
    height: 10em;
  }
  .empty p {
    margin: 0 0 0.5em;
  }
  @media (forced-colors: active) {
    .member,
    .logo {
      border: 1px solid CanvasText;
    }
  }
`;
