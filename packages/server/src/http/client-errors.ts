/**
 * Errors met before a route runs, answered as our problem+json (French, or English when the
 * request asks for it) instead of Fastify's default bodies: what Node's HTTP parser refuses
 * (`clientError`: headers too large, a method it does not know, a malformed request, a
 * request or its body arriving too slowly) and what Fastify's router refuses (a URL that does
 * not decode).
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MESSAGES, langOf, type Messages } from './messages.js';
import { rawProblem, sendProblem } from './problem.js';

type ParserError = Error & { code?: string; rawPacket?: unknown };

const STATUS: Record<string, [number, keyof Messages]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'requestTimeout'],
  HPE_HEADER_OVERFLOW: [431, 'headersTooLarge'],
  HPE_INVALID_METHOD: [501, 'unknownMethod'],
};

/**
 * The request's `Accept-Language`: from its parsed headers when the parser got that far, else
 * read in the bytes the parser refused (best effort: they may not hold it; French then, as
 * for headers that stalled, which Node does not hand over).
 */
function acceptLanguage(error: ParserError, headers: IncomingHttpHeaders | undefined) {
  if (headers) return headers['accept-language'];
  const raw = Buffer.isBuffer(error.rawPacket)
    ? error.rawPacket.subarray(0, 65_536).toString('latin1')
    : undefined;
  return raw && /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(raw)?.[1];
}

/** Fastify's `clientErrorHandler`: writes the problem on the socket and closes it. */
export function clientErrorHandler(error: ParserError, socket: Socket): void {
  // A connection reset by the client: nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, key] = STATUS[error.code ?? ''] ?? [400, 'badRequest'];
  // Like Node's own handler: never write into an answer that has begun.
  const response = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (socket.writable && !response?.headersSent) {
    const m =
      MESSAGES[langOf({ 'accept-language': acceptLanguage(error, response?.req?.headers) })];
    socket.write(rawProblem(status, m[key] as string));
  }
  socket.destroy(error);
}

/** Fastify's `frameworkErrors`: a URL that does not decode, a too long parameter. */
export function frameworkErrors(
  error: Error & { code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const m = MESSAGES[langOf(request.headers)];
  if (error.code === 'FST_ERR_BAD_URL') return sendProblem(reply, 400, m.badUrl);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendProblem(reply, 414, m.badRequest);
  return sendProblem(reply, 500, m.internal);
}
