/** The rate limit's answer: each call counts one request from the client's address. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientKey } from './client-address.js';
import { MESSAGES, langOf } from './messages.js';
import { sendProblem } from './problem.js';
import type { Limiter } from './rate-limit.js';

/** Counts `request`; past the limit, answers 429 with `Retry-After` and returns the reply. */
export async function refuseOverLimit(
  limiter: Limiter,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  const wait = await limiter.take(clientKey(request));
  if (wait <= 0) return undefined;
  const m = MESSAGES[langOf(request.headers)];
  return sendProblem(reply.header('retry-after', String(wait)), 429, m.tooMany(wait));
}
