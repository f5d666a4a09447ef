import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, fileRefusal, FileRequestError } from './files';
import { TOKEN_KEY } from './graphql-client';

describe('files over HTTP', () => {
  afterEach(() => {
    sessionStorage.clear();
    vi.restoreAllMocks();
  });

  it("reads the API's refusal, or the status when a proxy answered", () => {
    const refused = fileRefusal(
      415,
      JSON.stringify({
        error: { code: 'BAD_USER_INPUT', reason: 'TYPE_NOT_ALLOWED', message: 'file: no' },
      }),
    );
    expect([refused.status, refused.code, refused.reason]).toEqual([
      415,
      'BAD_USER_INPUT',
      'TYPE_NOT_ALLOWED',
    ]);
    const proxy = fileRefusal(413, '<html>Request Entity Too Large</html>');
    expect([proxy.reason, proxy.message]).toEqual(['FILE_TOO_LARGE', 'The server answered 413']);
  });

  it('downloads with the bearer token in a header, never in the URL', async () => {
    sessionStorage.setItem(TOKEN_KEY, 'jwt');
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetcher = vi.fn(async () => new Response('bytes'));
    await downloadFile('/files/1', '验收报告.pdf', fetcher);
    expect(fetcher).toHaveBeenCalledWith('/files/1', { headers: { authorization: 'Bearer jwt' } });
    expect(click).toHaveBeenCalledTimes(1);
    const refused = vi.fn(
      async () => new Response(JSON.stringify({ error: { code: 'NOT_FOUND' } }), { status: 404 }),
    );
    await expect(downloadFile('/files/2', 'x.pdf', refused)).rejects.toBeInstanceOf(
      FileRequestError,
    );
  });
});
