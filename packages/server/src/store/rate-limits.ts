/** The shared rate-limit windows (migration 002): one atomic UPSERT per submission. */
import type { Queryable } from './database.js';

export interface StoredWindow {
  /** When the window started (ms since the epoch). */
  start: number;
  /** Submissions counted in it, this one included. */
  count: number;
}

/**
 * Counts one submission for `key` at `now`: in its window, or in a new one when that window
 * has ended (`windowMs` after its start). Atomic: concurrent instances never lose a count.
 */
export async function hitRateLimit(
  db: Queryable,
  key: string,
  now: number,
  windowMs: number,
): Promise<StoredWindow> {
  const [row] = await db.query<{ window_start: string | number; count: number }>(
    `INSERT INTO rate_limits AS r (key, window_start, count) VALUES ($1, $2::bigint, 1)
     ON CONFLICT (key) DO UPDATE SET
       window_start = CASE WHEN r.window_start <= $2::bigint - $3::bigint
                      THEN excluded.window_start ELSE r.window_start END,
       count = CASE WHEN r.window_start <= $2::bigint - $3::bigint THEN 1 ELSE r.count + 1 END
     RETURNING window_start, count`,
    [key, now, windowMs],
  );
  return { start: Number(row!.window_start), count: row!.count };
}

/** Deletes the windows that started at or before `before` (ended ones); returns how many. */
export async function purgeRateLimits(db: Queryable, before: number): Promise<number> {
  const rows = await db.query('DELETE FROM rate_limits WHERE window_start <= $1 RETURNING 1', [
    before,
  ]);
  return rows.length;
}

/** The value of setting `name`, made by `make()` (and stored) when there is none yet. */
export async function setting(db: Queryable, name: string, make: () => string): Promise<string> {
  await db.query(
    'INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
    [name, make()],
  );
  const [row] = await db.query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [
    name,
  ]);
  return row!.value;
}
