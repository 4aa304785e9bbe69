/** `"a, b c"` → `['a', 'b', 'c']`: lists in attributes are comma or space separated. */
export const parseList = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
