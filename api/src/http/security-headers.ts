import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for the API and the console it serves (helmet). The console is one
 * Vite bundle from this origin: scripts only from 'self'; styles also inline (MUI and the
 * chart and graph libraries set style attributes); no framing. No upgrade of requests to
 * https — a plain-http install behind a TLS proxy decides that itself.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
}

/**
 * Cross-origin callers (another web app embedding Trident data) only from the configured
 * origins; with none configured, no CORS headers at all: same origin only.
 */
export function corsAllowList(origins: readonly string[]): RequestHandler | null {
  if (!origins.length) return null;
  return cors({
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    maxAge: 600,
  });
}
