// Types of serve.mjs for the test that imports it.
import type { Server } from 'node:http';
export const TRUSTED_TYPES: string;
export const PAGE_POLICY: string;
export function serveStrictCsp(
  feedOrigin: string,
  port?: number,
): Promise<{ server: Server; url: string }>;
