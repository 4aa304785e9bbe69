/**
 * The button of a coalition in the list (focus returns to it), named here rather than in the
 * list's module: the list loads on first use, after the widget needs the selector.
 */
export const itemSelector = (id: string) => `[part~="item"][data-id="${CSS.escape(id)}"] button`;
