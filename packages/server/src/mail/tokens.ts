/**
 * The secrets of the links sent by e-mail: 32 random bytes (256 bits) in base64url. Only
 * their SHA-256 is stored, so a copy of the database confirms or erases nothing.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A fresh token and the hash that is stored for it. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** The stored form of `token`. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token as `newToken` writes them (anything else is unknown without a database query). */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
