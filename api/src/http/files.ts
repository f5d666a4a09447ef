import { AsyncResource } from 'node:async_hooks';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express, { type Request, type Response } from 'express';
import { AppError, badInput, forbidden } from '../common/app-error';
import { NO_CALLER, withDbScope } from '../db/row-security';
import type { Caller } from '../graphql/caller';
import { databaseUnavailable } from '../db/connection-lost';
import type { Attachment } from '../modules/attachments/attachment.entity';
import {
  attachmentUrl,
  FILES_PATH,
  type AttachmentService,
} from '../modules/attachments/attachment.service';
import { fileTooLarge } from '../modules/attachments/file-inspector';
import { StoredFileMissing } from '../modules/attachments/file-storage';
import { readsAsBi } from '../modules/identity/viewer';

/** Room for the multipart envelope (boundaries, the two fields, part headers). */
const ENVELOPE_BYTES = 64 * 1024;

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};
const STATUS_OF_REASON: Record<string, number> = { FILE_TOO_LARGE: 413, TYPE_NOT_ALLOWED: 415 };

/**
 * Files over plain HTTP, beside /graphql (multipart GraphQL would need Apollo's CSRF
 * prevention turned off). Both take the same `Authorization: Bearer …` as /graphql; no
 * credential ever travels in a URL. Refusals are JSON `{ error: { code, message, field?,
 * reason? } }` with the HTTP status of the code (413 and 415 for a file too large or of a
 * kind not kept).
 *
 * - `POST /files`, multipart/form-data: the fields `ownerType` (EVIDENCE_ITEM | TASK) and
 *   `ownerId`, then the part `file`. Answers 201 `{ attachment }`.
 * - `GET /files/:id`: the bytes, streamed, as a download.
 */
export function fileRoutes({
  attachments,
  callerOf,
  stopping,
}: {
  attachments: AttachmentService;
  /** The signed-in caller of a request, with the database narrowed to their scope. */
  callerOf: (req: Request) => Promise<Caller>;
  stopping: () => boolean;
}) {
  const router = express.Router();
  // Until the caller is known the database sees no scoped row, as for /graphql.
  const scoped =
    (handler: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) =>
      withDbScope(NO_CALLER, () => handler(req, res).catch((error) => refuse(req, res, error)));

  router.post(
    FILES_PATH,
    scoped(async (req, res) => {
      if (stopping())
        throw new AppError('UNAVAILABLE', 'The server is shutting down: nothing was done, retry');
      const caller = person(await callerOf(req));
      const { maxBytes } = attachments.limits();
      // A body announced over the limit is refused before it is read.
      if (Number(req.headers['content-length']) > maxBytes + ENVELOPE_BYTES)
        throw fileTooLarge(maxBytes);
      const attachment = await receive(req, caller, attachments, maxBytes);
      res.status(201).json({ attachment: shown(attachment) });
    }),
  );

  router.get(
    `${FILES_PATH}/:id`,
    scoped(async (req, res) => {
      const caller = person(await callerOf(req));
      const { attachment, content } = await attachments.open(caller, String(req.params.id));
      // Always a download, never rendered here: the bytes are whatever someone uploaded.
      res.attachment(attachment.fileName);
      res.set({
        'content-type': attachment.contentType,
        'content-length': String(attachment.size),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store, no-transform',
        etag: `"${attachment.sha256}"`,
      });
      await pipeline(content, res);
    }),
  );
  return router;
}

/** BI readers (a token, or a person whose every role is BI) read data, not documents. */
function person(caller: Caller): Caller {
  if (readsAsBi(caller.viewer))
    throw forbidden('Files are for people, not BI readers', { reason: 'ROLE' });
  return caller;
}

/** Parses the form as it arrives and streams its file into the attachment service. */
function receive(
  req: Request,
  caller: Caller,
  attachments: AttachmentService,
  maxBytes: number,
): Promise<Attachment> {
  let form: busboy.Busboy;
  try {
    form = busboy({
      headers: req.headers,
      // Browsers send a file name as raw UTF-8 (验收报告.pdf), not latin1.
      defParamCharset: 'utf8',
      // One byte more than allowed reaches the inspector, which refuses it.
      limits: { files: 1, fields: 2, parts: 3, fieldSize: 100, fileSize: maxBytes + 1 },
    });
  } catch {
    throw badInput('file', 'NOT_MULTIPART');
  }
  return new Promise<Attachment>((resolve, reject) => {
    const fields = new Map<string, string>();
    let content: Readable | null = null;
    let stored: Promise<Attachment> | null = null;
    const fail = (error: unknown) => {
      // Whatever is still coming is read and dropped; a half-stored file is removed.
      req.unpipe(form);
      req.resume();
      content?.destroy();
      reject(error);
    };
    form.on('field', (name, value) => fields.set(name, value));
    // Bound to the request's context: the upload's statements run in the caller's scope.
    form.on(
      'file',
      AsyncResource.bind((name: string, file: Readable, info: busboy.FileInfo) => {
        if (stored || name !== 'file') {
          file.resume();
          return;
        }
        content = file;
        stored = attachments.upload(caller, {
          ownerType: fields.get('ownerType'),
          ownerId: fields.get('ownerId'),
          fileName: info.filename ?? '',
          content: file,
        });
        stored.catch(fail);
      }),
    );
    form.once('close', () => {
      if (stored) stored.then(resolve, () => undefined);
      else fail(badInput('file', 'FILE_MISSING'));
    });
    form.once('error', () => fail(badInput('file', 'BAD_MULTIPART')));
    req.once('close', () => {
      if (!req.complete) fail(badInput('file', 'CUT_OFF'));
    });
    req.pipe(form);
  });
}

/** The attachment as GraphQL shows it (the storage key stays inside). */
function shown(attachment: Attachment) {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size,
    sha256: attachment.sha256,
    createdAt: attachment.createdAt.toISOString(),
    url: attachmentUrl(attachment.id),
  };
}

function refuse(req: Request, res: Response, error: unknown): void {
  if (res.headersSent) {
    req.log.error({ err: error }, 'a file stopped streaming halfway');
    res.destroy();
    return;
  }
  // A refusal may come while the client is still sending: do not keep the connection.
  res.set('connection', 'close');
  if (error instanceof AppError) {
    const { reason } = error.extensions;
    const status = (typeof reason === 'string' && STATUS_OF_REASON[reason]) || STATUS[error.code];
    res
      .status(status ?? 400)
      .json({ error: { code: error.code, message: error.message, ...error.extensions } });
  } else if (databaseUnavailable(error)) {
    res.status(503).json({
      error: { code: 'UNAVAILABLE', message: 'The database is unavailable: retry shortly' },
    });
  } else {
    req.log.error({ err: error }, error instanceof StoredFileMissing ? 'file missing' : 'files');
    res.status(500).json({
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'The file could not be served or stored' },
    });
  }
}
