import type { FileSignature } from '@trident/domain';

/** How many leading bytes decide a binary signature (a PDF header may follow some junk). */
export const SIGNATURE_HEAD_BYTES = 1024;

const bytes = (...values: number[]) => Buffer.from(values);
const ascii = (text: string) => Buffer.from(text, 'latin1');
const startsWith = (head: Buffer, prefix: Buffer, at = 0) =>
  head.length >= at + prefix.length && head.subarray(at, at + prefix.length).equals(prefix);

const BINARY: Record<Exclude<FileSignature, 'TEXT'>, (head: Buffer) => boolean> = {
  // Readers accept the header anywhere in the first kilobyte.
  PDF: (head) => head.subarray(0, SIGNATURE_HEAD_BYTES).includes(ascii('%PDF-')),
  PNG: (head) => startsWith(head, bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)),
  JPEG: (head) => startsWith(head, bytes(0xff, 0xd8, 0xff)),
  GIF: (head) => startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a')),
  WEBP: (head) => startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8),
  // A local file header, or the end record of an empty archive.
  ZIP: (head) => startsWith(head, ascii('PK\x03\x04')) || startsWith(head, ascii('PK\x05\x06')),
  OLE: (head) => startsWith(head, bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)),
};

/** Whether a file's first bytes (up to SIGNATURE_HEAD_BYTES, or all of a shorter file) fit. */
export function hasSignature(signature: Exclude<FileSignature, 'TEXT'>, head: Buffer): boolean {
  return BINARY[signature](head);
}

/**
 * Text in any encoding (UTF-8, GBK, Latin-1) has no control bytes except tab, line breaks,
 * vertical tab, form feed and DOS's end-of-file mark; an executable or a zip renamed `.txt`
 * does. (UTF-16 text is refused: every other byte of it is NUL.)
 */
export function isText(chunk: Buffer): boolean {
  for (const byte of chunk) {
    if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1a) return false;
  }
  return true;
}
