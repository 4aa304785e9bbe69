/**
 * Error answers: `{status, title, message, errors?}` as `application/problem+json` (RFC 9457:
 * no `type` means `about:blank`), which the SDK's `submitPledge` turns into a
 * `SubmissionError` with field errors.
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

export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

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
    .type(PROBLEM_TYPE)
    .send(problem(status, message, errors));
}

/**
 * A whole HTTP/1.1 error answer, for errors Node's parser meets before there is a request
 * (huge headers, a method it does not know, a request that arrives too slowly).
 */
export function rawProblem(status: number, message: string, headers: string[] = []): string {
  const body = JSON.stringify(problem(status, message));
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    `Content-Type: ${PROBLEM_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    ...headers,
    '',
    body,
  ].join('\r\n');
}
