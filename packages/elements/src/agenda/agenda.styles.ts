import { css } from 'lit';

/**
 * Layout of the agenda (the list pieces' rules are in `shared/list/list.styles.ts`, the month
 * grid's in `month-grid.ts`, loaded with it). Fluid down to 320 px; sizes in em from :host.
 */
export const agendaStyles = css`
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .view[aria-pressed='true'] {
    background: var(--_ck-primary);
    color: var(--_ck-on-primary);
    font-weight: 700;
  }
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .month-nav [part='month-heading'] {
    margin: 0;
    font-size: 1.25em;
    text-transform: capitalize;
  }
  .days {
    display: grid;
    gap: 1.25em;
  }
  .days:focus {
    outline: none;
  }
  [part='day-heading'] {
    margin: 0 0 0.5em;
    padding-bottom: 0.25em;
    border-bottom: 2px solid var(--_ck-primary);
    font-size: 1.1em;
    line-height: 1.3;
  }
  [part='day-heading'] time::first-letter {
    text-transform: uppercase;
  }
  .events {
    display: grid;
    gap: 0.75em;
  }
  .event {
    padding: 0.75em 1em;
    border: 1px solid var(--_ck-surface);
    border-inline-start: 4px solid var(--_ck-primary);
    border-radius: var(--_ck-radius);
    background: var(--_ck-bg);
  }
  .event.status-cancelled {
    border-inline-start-color: var(--_ck-danger);
  }
  .event.status-cancelled .name {
    text-decoration: line-through;
  }
  .event.status-postponed,
  .event.status-rescheduled {
    border-inline-start-color: var(--_ck-accent);
  }
  [part='item-title'] {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .status {
    display: inline-block;
    margin-inline-end: 0.4em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_ck-radius);
    font-size: 0.85em;
    font-weight: 700;
    text-transform: uppercase;
  }
  .status-cancelled .status {
    color: var(--_ck-danger);
  }
  .status-postponed .status,
  .status-rescheduled .status {
    color: var(--_ck-accent);
  }
  .event p {
    margin: 0.25em 0 0;
  }
  .when {
    font-weight: 600;
  }
  .place,
  .organizer {
    color: var(--_ck-muted);
  }
  .tag.format {
    font-weight: 600;
  }
  .description {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .label {
    font-weight: 600;
  }
  .skeleton-item {
    height: 7.5em;
  }
  @media (forced-colors: active) {
    .event,
    .status,
    .tag {
      border: 1px solid CanvasText;
    }
    .view[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
