import { hasSignature, isText } from './file-signature';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const zip = Buffer.from('504b0304140006000800', 'hex');
const ole = Buffer.from('d0cf11e0a1b11ae10000', 'hex');
const exe = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1');

describe('file signatures', () => {
  it('knows each kept binary kind by its first bytes', () => {
    expect(hasSignature('PDF', pdf)).toBe(true);
    expect(hasSignature('PDF', Buffer.concat([Buffer.from('junk before\n'), pdf]))).toBe(true);
    expect(hasSignature('PNG', png)).toBe(true);
    expect(hasSignature('JPEG', Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe(true);
    expect(hasSignature('GIF', Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe(true);
    expect(hasSignature('WEBP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe(true);
    expect(hasSignature('ZIP', zip)).toBe(true);
    expect(hasSignature('ZIP', Buffer.from('504b0506', 'hex'))).toBe(true);
    expect(hasSignature('OLE', ole)).toBe(true);
  });

  it('refuses an executable, another kind, or a header cut short', () => {
    for (const signature of ['PDF', 'PNG', 'JPEG', 'GIF', 'WEBP', 'ZIP', 'OLE'] as const)
      expect([signature, hasSignature(signature, exe)]).toEqual([signature, false]);
    expect(hasSignature('PNG', pdf)).toBe(false);
    expect(hasSignature('ZIP', ole)).toBe(false);
    expect(hasSignature('PNG', png.subarray(0, 4))).toBe(false);
    expect(hasSignature('WEBP', Buffer.from('RIFF\x24\x00\x00\x00WAVE', 'latin1'))).toBe(false);
  });

  it('takes text in UTF-8 or GBK with line breaks and tabs, not binary bytes', () => {
    expect(isText(Buffer.from('客户,金额\r\n移动,100\tok\n'))).toBe(true);
    expect(isText(Buffer.from('bfcdbba72cbdf0b6ee0d0a', 'hex'))).toBe(true); // 客户,金额 in GBK
    expect(isText(exe)).toBe(false);
    expect(isText(Buffer.from('a\u0000b'))).toBe(false);
    expect(isText(Buffer.from('fffe6100', 'hex'))).toBe(false); // UTF-16 "a"
  });
});
