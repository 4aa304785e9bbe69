// Types of feeds.mjs (plain JS so that the WTR middleware can import it without a build).
export declare const collective: Record<string, unknown>;
export declare const members: Record<string, unknown>[];
export declare const events: Record<string, unknown>[];
export declare function manyEvents(count: number): Record<string, unknown>[];
export declare const feeds: Record<string, Record<string, unknown>>;
