import { getToken } from './graphql-client';

/** Files travel over plain HTTP beside /graphql, with the same bearer token. */
export const FILES_URL = '/files';

/** A refusal of POST or GET /files: the API's code, field and reason (FILE_TOO_LARGE…). */
export class FileRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly reason: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'FileRequestError';
  }
}

/** The `{ error: { code, reason, message } }` body of a refusal, whatever came back. */
export function fileRefusal(status: number, text: string): FileRequestError {
  let error: { code?: unknown; reason?: unknown; message?: unknown } = {};
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error ?? {};
  } catch {
    // Not JSON (a proxy's page): the status alone says what happened.
  }
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return new FileRequestError(
    status,
    str(error.code),
    str(error.reason) ?? (status === 413 ? 'FILE_TOO_LARGE' : undefined),
    str(error.message) ?? `The server answered ${status}`,
  );
}

export interface UploadRequest {
  ownerType: 'EVIDENCE_ITEM' | 'TASK';
  ownerId: string;
  file: File;
  /** From 0 to 1 as the bytes leave the browser. */
  onProgress?: (share: number) => void;
}

/**
 * `POST /files` with XMLHttpRequest, the one browser API that reports upload progress.
 * Resolves with the new file's id.
 */
export function uploadFile({ ownerType, ownerId, file, onProgress }: UploadRequest) {
  return new Promise<{ id: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', FILES_URL);
    const token = getToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201)
        resolve((JSON.parse(xhr.responseText) as { attachment: { id: string } }).attachment);
      else reject(fileRefusal(xhr.status, xhr.responseText));
    };
    xhr.onerror = () =>
      reject(new FileRequestError(0, undefined, 'NETWORK', 'The upload did not reach the server'));
    // The record first: the server checks it before it reads the file.
    const form = new FormData();
    form.append('ownerType', ownerType);
    form.append('ownerId', ownerId);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * `GET /files/:id` with the bearer token (a plain link cannot send it, and a token never
 * goes in a URL), handed to the browser as a download under the file's own name.
 */
export async function downloadFile(url: string, fileName: string, fetcher = fetch) {
  const token = getToken();
  const res = await fetcher(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw fileRefusal(res.status, await res.text());
  const href = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob; let the browser free it afterwards.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
