import {
  DEFAULT_MAX_UPLOAD_BYTES,
  fileExtensionOf,
  FILE_KINDS,
  uploadRefusal,
} from './attachments';

describe('attachment kinds', () => {
  it('knows a file by its last extension, in any case, and nothing else', () => {
    expect(fileExtensionOf('验收报告.PDF')).toBe('pdf');
    expect(fileExtensionOf('site photo.v2.jpeg')).toBe('jpeg');
    expect(fileExtensionOf('invoice.pdf.exe')).toBeNull();
    expect(fileExtensionOf('notes')).toBeNull();
    expect(fileExtensionOf('.pdf ')).toBe('pdf');
    expect(fileExtensionOf('constructor')).toBeNull();
    expect(fileExtensionOf('x.constructor')).toBeNull();
    expect(fileExtensionOf('x.__proto__')).toBeNull();
  });

  it('serves office files with their own content types', () => {
    expect(FILE_KINDS.xlsx.contentType).toMatch(/spreadsheetml/);
    expect(FILE_KINDS.xlsx.signature).toBe('ZIP');
    expect(FILE_KINDS.doc.signature).toBe('OLE');
  });

  it('refuses before sending a kind not kept, an empty file and one over the limit', () => {
    expect(uploadRefusal({ name: 'a.pdf', size: 10 }, DEFAULT_MAX_UPLOAD_BYTES)).toBeNull();
    expect(uploadRefusal({ name: 'a.exe', size: 10 }, DEFAULT_MAX_UPLOAD_BYTES)).toBe(
      'TYPE_NOT_ALLOWED',
    );
    expect(uploadRefusal({ name: 'a.pdf', size: 0 }, 100)).toBe('FILE_EMPTY');
    expect(uploadRefusal({ name: 'a.pdf', size: 101 }, 100)).toBe('FILE_TOO_LARGE');
    expect(uploadRefusal({ name: 'a.pdf', size: 100 }, 100)).toBeNull();
  });
});
