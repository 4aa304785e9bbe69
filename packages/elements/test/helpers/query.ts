/** Reading a widget's shadow DOM the way a visitor perceives it. */
export const q = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
export const qa = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
/** Text with whitespace collapsed. */
export const txt = (n: Node | null | undefined) =>
  (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The event names shown, in order (without the status prefix). */
export const shownNames = (el: Element) =>
  qa(el, '[part~="item"]').map((li) =>
    txt(li.querySelector('.name') ?? li.querySelector('[part~="item-title"]')),
  );
/** The live region's text. */
export const status = (el: Element) => txt(q(el, '[role="status"]'));
