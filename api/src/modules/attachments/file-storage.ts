import type { Readable } from 'node:stream';

/**
 * Where the bytes of attachments live; the database keeps what they are and whose. Keys
 * are made by the attachment service (never from a file name).
 */
export interface FileStorage {
  /** Streams `content` to `key`; when the stream fails nothing is left under the key. */
  put(key: string, content: Readable): Promise<void>;
  /** The stored bytes, streamed; StoredFileMissing when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes; a key with none is not an error. */
  delete(key: string): Promise<void>;
  /** Fails when nothing could be stored: a folder without rights, a bucket out of reach. */
  check(): Promise<void>;
}

/** The bytes of a recorded attachment are not in the storage (lost, or a wrong bucket). */
export class StoredFileMissing extends Error {
  constructor(readonly key: string) {
    super(`no stored file under ${key}`);
    this.name = 'StoredFileMissing';
  }
}
