/** The rate limit's answer: each call counts one request from the client's address. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MESSAGES, langOf } from './messages.js';
import { sendProblem } from './problem.js';
import type { RateLimiter } from './rate-limit.js';

/** Counts `request`; past the limit, answers 429 with `Retry-After` and returns the reply. */
export function refuseOverLimit(
  limiter: RateLimiter,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply | undefined {
  const wait = limiter.take(request.ip);
  if (wait <= 0) return undefined;
  const m = MESSAGES[langOf(request.headers)];
  return sendProblem(reply.header('retry-after', String(wait)), 429, m.tooMany(wait));
}
