// Types of pledge-fixture.mjs (plain JS so that the WTR middleware can import it without a build).
export declare const pledgeCollective: Record<string, unknown> & {
  campaigns: Record<string, unknown>[];
};
export declare function pledgeFixtureMiddleware(): (
  ctx: unknown,
  next: () => Promise<unknown>,
) => Promise<unknown>;
