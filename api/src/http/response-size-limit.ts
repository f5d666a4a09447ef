import type express from 'express';

/**
 * A GraphQL answer larger than `maxBytes` is not sent: the caller gets a coded error and asks
 * for less (a smaller page, a narrower range). Checked on the text Apollo already serialised,
 * as it is sent: measuring it inside Apollo meant serialising every answer twice.
 */
export function responseSizeLimit(maxBytes: number): express.RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // A UTF-8 byte is at most 3 per UTF-16 unit: most answers need no byte count at all.
      if (typeof body !== 'string' || body.length * 3 <= maxBytes) return send(body);
      const size = Buffer.byteLength(body);
      if (size <= maxBytes) return send(body);
      return send(
        JSON.stringify({
          errors: [
            {
              message: `The answer is ${size} bytes, over the ${maxBytes}-byte limit: ask for less (a smaller page, a narrower range)`,
              extensions: { code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE', size, maxBytes },
            },
          ],
        }),
      );
    };
    next();
  };
}
