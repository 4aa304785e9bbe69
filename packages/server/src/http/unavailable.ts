/** `503` + `Retry-After` while the database is unreachable: the widgets wait and send again. */
import type { FastifyReply } from 'fastify';
import type { Messages } from './messages.js';
import { sendProblem } from './problem.js';

/** Seconds a client waits before sending again. */
export const RETRY_AFTER_S = 5;

export const sendUnavailable = (reply: FastifyReply, m: Messages) =>
  sendProblem(
    reply.header('retry-after', String(RETRY_AFTER_S)),
    503,
    m.unavailable(RETRY_AFTER_S),
  );
