/**
 * Files on records (issue 18): the evidence behind a payment milestone's checklist and the
 * deliverables of a task. The API and the console read the same list of kinds, so the
 * console refuses a file before it is sent, with the message the API would give.
 */
export const ATTACHMENT_OWNER_TYPES = ['EVIDENCE_ITEM', 'TASK'] as const;
export type AttachmentOwnerType = (typeof ATTACHMENT_OWNER_TYPES)[number];

/** What a file's first bytes must look like for its extension (checked by the API). */
export type FileSignature = 'PDF' | 'PNG' | 'JPEG' | 'GIF' | 'WEBP' | 'ZIP' | 'OLE' | 'TEXT';

/**
 * The files Trident keeps, by extension: the content type they are served with and the
 * signature their bytes must carry. Office files since 2007 are zip containers; older ones
 * are OLE compound files. Text is any encoding without control characters (Excel in China
 * writes CSV in GBK).
 */
export const FILE_KINDS = {
  pdf: { contentType: 'application/pdf', signature: 'PDF' },
  png: { contentType: 'image/png', signature: 'PNG' },
  jpg: { contentType: 'image/jpeg', signature: 'JPEG' },
  jpeg: { contentType: 'image/jpeg', signature: 'JPEG' },
  gif: { contentType: 'image/gif', signature: 'GIF' },
  webp: { contentType: 'image/webp', signature: 'WEBP' },
  doc: { contentType: 'application/msword', signature: 'OLE' },
  xls: { contentType: 'application/vnd.ms-excel', signature: 'OLE' },
  ppt: { contentType: 'application/vnd.ms-powerpoint', signature: 'OLE' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    signature: 'ZIP',
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    signature: 'ZIP',
  },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    signature: 'ZIP',
  },
  zip: { contentType: 'application/zip', signature: 'ZIP' },
  txt: { contentType: 'text/plain', signature: 'TEXT' },
  csv: { contentType: 'text/csv', signature: 'TEXT' },
} as const satisfies Record<string, { contentType: string; signature: FileSignature }>;

export type FileExtension = keyof typeof FILE_KINDS;
export const FILE_EXTENSIONS = Object.keys(FILE_KINDS) as FileExtension[];

/** The default upload limit (MAX_UPLOAD_BYTES): 20 MiB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The allowed extension of a file name, lower case, or null when the kind is not kept. */
export function fileExtensionOf(fileName: string): FileExtension | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  const extension = match?.[1]?.toLowerCase();
  return extension && Object.prototype.hasOwnProperty.call(FILE_KINDS, extension)
    ? (extension as FileExtension)
    : null;
}

/** Why a file cannot be attached before any byte is sent, or null when it may be. */
export function uploadRefusal(
  file: { name: string; size: number },
  maxBytes: number,
): 'TYPE_NOT_ALLOWED' | 'FILE_TOO_LARGE' | 'FILE_EMPTY' | null {
  if (!fileExtensionOf(file.name)) return 'TYPE_NOT_ALLOWED';
  if (file.size > maxBytes) return 'FILE_TOO_LARGE';
  if (file.size === 0) return 'FILE_EMPTY';
  return null;
}
