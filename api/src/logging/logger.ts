import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout, one line per event; secrets are redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'trident-api' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
      censor: '[redacted]',
    },
  });
}
