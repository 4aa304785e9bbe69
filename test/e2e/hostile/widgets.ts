/**
 * Every widget the hostile pages embed, one snippet each: adding a widget is one line.
 * `{feed}` becomes the page's feed prefix (`/v1`, or the hostile feed's). `shot` is the element
 * compared between pages (`<ck-feed>` is `display: contents`: its agenda is shot).
 */
export interface WidgetCase {
  readonly name: string;
  readonly html: string;
  readonly shot: string;
}

export const WIDGETS: readonly WidgetCase[] = [
  {
    name: 'ck-feed',
    html: '<ck-feed src="{feed}"><ck-agenda limit="2"></ck-agenda></ck-feed>',
    shot: 'ck-feed > ck-agenda',
  },
  { name: 'ck-agenda', html: '<ck-agenda feed="{feed}"></ck-agenda>', shot: 'ck-agenda' },
  {
    name: 'ck-pledge-form',
    html: '<ck-pledge-form feed="{feed}" campaign="appel-engagements"></ck-pledge-form>',
    shot: 'ck-pledge-form',
  },
  {
    name: 'ck-member-list',
    html: '<ck-member-list feed="{feed}"></ck-member-list>',
    shot: 'ck-member-list',
  },
  {
    name: 'ck-coalition-form',
    html: '<ck-coalition-form feed="{feed}"></ck-coalition-form>',
    shot: 'ck-coalition-form',
  },
  {
    name: 'ck-coalition-map',
    html: '<ck-coalition-map feed="{feed}"></ck-coalition-map>',
    shot: 'ck-coalition-map',
  },
];

/** The page's widgets, each in its own section (`data-widget` names it for the screenshots). */
export function widgetsHtml(feed: string): string {
  return WIDGETS.map(
    (w) => `<section data-widget="${w.name}">${w.html.replaceAll('{feed}', feed)}</section>`,
  ).join('\n');
}

/** The element of `widget` on a page made by `widgetsHtml`. */
export const widgetSelector = (widget: WidgetCase): string =>
  `[data-widget="${widget.name}"] > ${widget.shot}`;
