-- The rate limit that several instances on one PostgreSQL share: one row per client, keyed by
-- an HMAC of its address (or IPv6 /64), never the address, with its current one-minute window
-- (ms since the epoch). Rows whose window ended are deleted every minute. UNLOGGED: counts
-- need no crash safety, and skip the write-ahead log.
CREATE UNLOGGED TABLE rate_limits (
  key text PRIMARY KEY,
  window_start bigint NOT NULL,
  count integer NOT NULL
);
CREATE INDEX rate_limits_window_start ON rate_limits (window_start);

-- Server-wide values made once: the HMAC key of rate_limits.
CREATE TABLE settings (
  name text PRIMARY KEY,
  value text NOT NULL
);
