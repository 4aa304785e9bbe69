/** Mounts a widget with attributes and waits for its data (or its error). */
import { settled } from './feeds.js';

const mounted: Element[] = [];

export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  options: { parent?: Element; props?: Partial<HTMLElementTagNameMap[K]>; wait?: boolean } = {},
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, options.props ?? {});
  const done = settled(el);
  (options.parent ?? document.body).append(options.parent ? el : wrap(el));
  if (options.wait !== false) await done;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

function wrap(el: Element): Element {
  const box = document.createElement('div');
  box.append(el);
  mounted.push(box);
  return box;
}

/** Removes what `mount` added (call in afterEach). */
export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}
