// Types of member-feeds.mjs (plain JS so that the WTR middleware can import it without a build).
export declare const FEED_ORIGIN: string;
export declare const REMOTE_ORIGIN: string;
export declare const directory: Record<string, unknown>[];
export declare const directoryCoalitions: Record<string, unknown>[];
export declare function directoryCollective(base: Record<string, unknown>): Record<string, unknown>;
export declare function manyMembers(count: number): Record<string, unknown>[];
export declare function memberFeeds(base: {
  collective: Record<string, unknown>;
  events: Record<string, unknown>[];
}): Record<string, Record<string, unknown>>;
