import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in this process: every message it accepted, parsed. */
export async function startSmtpServer() {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface RobotHit {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  at: number;
}

/**
 * A local HTTP receiver standing in for the three platforms' webhooks. `answer` decides the
 * reply per request (default: the platform's success).
 */
export async function startRobotReceiver() {
  const hits: RobotHit[] = [];
  let answer: (hit: RobotHit, nth: number) => { status: number; body: unknown } = (hit) => ({
    status: 200,
    body: hit.path.startsWith('/feishu')
      ? { code: 0, msg: 'success' }
      : { errcode: 0, errmsg: 'ok' },
  });
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://receiver');
      const hit: RobotHit = {
        path: url.pathname,
        query: url.searchParams,
        body: JSON.parse(raw || '{}') as Record<string, unknown>,
        at: Date.now(),
      };
      hits.push(hit);
      const reply = answer(hit, hits.filter((h) => h.path === hit.path).length);
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    answerWith(fn: typeof answer) {
      answer = fn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A logger that keeps every line it writes (to look for secrets in them). */
export function capturingLogger() {
  const lines: string[] = [];
  const log = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
  return { log, lines };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` is truthy; fails naming `what`. */
export async function until<T>(probe: () => Promise<T> | T, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
