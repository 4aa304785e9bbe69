/** Small request helpers for the server tests. */
import { randomUUID } from 'node:crypto';

/** A valid pledge to the demo campaign; `overrides` change or add fields. */
export function pledge(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    campaign: 'appel-engagements',
    pledgerKind: 'citizen',
    name: 'Camille Martin',
    email: `camille.${randomUUID().slice(0, 8)}@example.org`,
    commitments: ['en-parler'],
    public: false,
    consent: true,
    ...overrides,
  };
}

export interface PostOptions {
  key?: string | null;
  headers?: Record<string, string>;
  raw?: string;
}

/** POSTs JSON with an Idempotency-Key (a new one unless given; `null`: none). */
export async function post(url: string, body: unknown, o: PostOptions = {}) {
  const key = o.key === undefined ? randomUUID() : o.key;
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key !== null && { 'idempotency-key': key }),
      ...o.headers,
    },
    body: o.raw ?? JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json: json as Record<string, unknown>, text };
}

/** GETs JSON. */
export async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}
