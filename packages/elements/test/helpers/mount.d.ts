export declare function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  options?: {
    parent?: Element;
    props?: Partial<HTMLElementTagNameMap[K]>;
    wait?: boolean;
  },
): Promise<HTMLElementTagNameMap[K]>;
/** Removes what `mount` added (call in afterEach). */
export declare function unmountAll(): void;
//# sourceMappingURL=mount.d.ts.map
