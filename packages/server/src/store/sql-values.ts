/**
 * Multi-row `VALUES`, still fully parameterised: `row(item, $)` writes one row, where `$(v)`
 * adds `v` to the parameters and returns its placeholder (`$7`).
 */
export function values<T>(
  items: readonly T[],
  row: (item: T, $: (v: unknown) => string) => string,
) {
  const params: unknown[] = [];
  const $ = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  return { sql: items.map((item) => row(item, $)).join(', '), params };
}
