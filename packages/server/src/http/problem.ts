/**
 * Error answers: `{status, title, message, errors?}` as JSON, which the SDK's
 * `submitPledge` turns into a `SubmissionError` with field errors.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { FieldError } from '@coalition-kit/sdk';

export interface Problem {
  status: number;
  title: string;
  message: string;
  errors?: FieldError[];
}

/** The body of an error answer. */
export const problem = (status: number, message: string, errors?: FieldError[]): Problem => ({
  status,
  title: STATUS_CODES[status] ?? 'Error',
  message,
  ...(errors && { errors }),
});

/** Sends an error answer. */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  message: string,
  errors?: FieldError[],
): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(problem(status, message, errors));
}
