/** A value computed again only when one of its inputs changed (compared by identity). */
export type Memo<T> = (key: unknown[], compute: () => T) => T;

/** A memo: the last value while every input of `key` is the same, else `compute()`. */
export function memo<T>(): Memo<T> {
  let last: unknown[] | undefined;
  let value: T;
  return (key, compute) => {
    if (!last?.every((k, i) => k === key[i])) [last, value] = [key, compute()];
    return value;
  };
}
