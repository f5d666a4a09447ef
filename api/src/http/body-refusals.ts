import type express from 'express';

/** How a body that could not be read is answered: a status, a reason and words. */
export interface BodyRefusal {
  status: number;
  reason: 'BODY_TOO_LARGE' | 'BODY_NOT_JSON';
  message: string;
}

/**
 * The refusal for an error of express.json (body-parser), or null for any other error. A
 * body-parser error carries a `type` (too large, not JSON, an unknown charset or content
 * encoding, a request aborted, a size that does not match) or is a client error of its own
 * (`expose`: a gzip body that does not inflate). Each is the caller's to fix, said
 * as a coded answer rather than Express's HTML page (which shows the stack in development).
 */
export function bodyRefusal(error: unknown, limit: string): BodyRefusal | null {
  const { type, status, expose } = (error ?? {}) as {
    type?: unknown;
    status?: unknown;
    expose?: unknown;
  };
  // A body that does not inflate (corrupt gzip) comes as a client error without a type.
  if (typeof type !== 'string' && expose !== true) return null;
  if (type === 'entity.too.large')
    return {
      status: 413,
      reason: 'BODY_TOO_LARGE',
      message: `The request body is over the ${limit} limit`,
    };
  const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 400;
  return {
    status: code,
    reason: 'BODY_NOT_JSON',
    message: 'The request body is not readable JSON',
  };
}

/**
 * What no route answers (`DELETE /files/:id`, `TRACE /`): a coded 404 in JSON, as every other
 * refusal, not Express's HTML page.
 */
export const answerNotFound: express.RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
};

/**
 * The last handler of the app: whatever an earlier one let through is a coded 500 in JSON, but
 * for a client error Express itself raised (a path whose percent-encoding does not decode,
 * `/survey/%E0%A4%A`): that is a 400, the caller's to fix, not an error to log with its stack.
 */
export const answerUnexpected: express.ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    res.status(status).json({
      errors: [
        {
          message: 'The request is malformed',
          extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
        },
      ],
    });
    return;
  }
  req.log?.error({ err: error }, 'unhandled request error');
  res.status(500).json({
    errors: [{ message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  });
};
