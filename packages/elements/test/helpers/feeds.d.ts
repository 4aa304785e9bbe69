/** A feed URL nobody used yet in this page (so no client cache answers for it). */
export declare const freshFeed: (name: string) => string;
/** Requests the server saw whose path starts with `prefix`. */
export declare function requestCount(prefix: string): Promise<number>;
/** Resolves once `el` fires `ck-load` or `ck-error` (whichever first). */
export declare function settled(el: HTMLElement): Promise<Event>;
/** The shadow root's visible text, whitespace collapsed. */
export declare const shadowText: (el: Element) => string;
//# sourceMappingURL=feeds.d.ts.map
