/** Errors the SDK rejects with. */
import type { FeedIssue, FieldError } from './validate.js';

/**
 * A feed document could not be used: network failure, HTTP error, timeout, not JSON,
 * unknown `version`, not an object with `items`. The message names the URL.
 */
export class FeedError extends Error {
  override name = 'FeedError';
  /** The document's URL. */
  readonly url: string;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;

  constructor(
    message: string,
    options: { url: string; status?: number | undefined; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.url = options.url;
    this.status = options.status;
  }
}

/**
 * A submission was refused: by local validation (no request was sent) or by the server (a
 * `4xx` that names fields). `errors` gives each failing field with a message.
 */
export class SubmissionError extends Error {
  override name = 'SubmissionError';
  readonly url: string;
  /** HTTP status of the server's refusal; undefined when refused before sending. */
  readonly status: number | undefined;
  readonly errors: FieldError[];

  constructor(
    message: string,
    options: { url: string; status?: number | undefined; errors: FieldError[]; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.url = options.url;
    this.status = options.status;
    this.errors = options.errors;
  }
}

/** Why a document cannot be used at all (not its items: the document itself). */
export class InvalidDocumentError extends Error {
  override name = 'InvalidDocumentError';
  constructor(
    message: string,
    readonly issues: FeedIssue[] = [],
  ) {
    super(message);
  }
}
