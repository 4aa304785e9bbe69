// Types of coalition-feeds.mjs.
export declare const coalitions: Record<string, unknown>[];
export declare function manyCoalitions(count: number): Record<string, unknown>[];
export declare const coalitionFeeds: (base: {
  collective: Record<string, unknown>;
  members: Record<string, unknown>[];
}) => Record<string, Record<string, unknown>>;
