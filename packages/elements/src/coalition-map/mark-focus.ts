/** Keeps focus on the map when a zoom replaces the focused mark by another level's. */

/** Before a render: which coalitions the focused mark stands for (null: focus is not on a mark). */
export function focusedMarkIds(root: ShadowRoot | null): string | null {
  const active = root?.activeElement;
  return active?.matches('.mark') ? active.getAttribute('data-ids') : null;
}

/** After it: focus removed with its mark moves to the mark holding its first coalition, else the map. */
export function restoreMarkFocus(
  ids: string | null | undefined,
  root: ShadowRoot | null,
  renderRoot: ParentNode,
): void {
  if (!ids || root?.activeElement) return;
  const first = ids.split(' ')[0] ?? '';
  const marks = [...renderRoot.querySelectorAll<SVGGElement>('.mark')];
  const home = marks.find((m) => ` ${m.getAttribute('data-ids')} `.includes(` ${first} `));
  (home ?? renderRoot.querySelector<SVGSVGElement>('svg.map'))?.focus();
}
