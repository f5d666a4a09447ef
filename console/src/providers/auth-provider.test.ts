import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authProvider } from './auth-provider';
import { TOKEN_KEY, USER_KEY } from './graphql-client';

const respond = (body: unknown, status = 200) =>
  vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );

const SALES = { id: 'u1', name: '王伟 Wang Wei', email: 'sales@trident.demo', roles: ['SALES'] };

describe('authProvider', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('signs in with the login mutation and keeps token and user in sessionStorage', async () => {
    const fetchMock = respond({ data: { login: { token: 'jwt-1', user: SALES } } });
    vi.stubGlobal('fetch', fetchMock);
    await authProvider.login({ username: 'sales@trident.demo', password: 'trident-demo' });
    const sent = JSON.parse((fetchMock.mock.calls[0]![1] as RequestInit).body as string);
    expect(sent.query).toContain('login(email: $email, password: $password)');
    expect(sent.variables).toEqual({ email: 'sales@trident.demo', password: 'trident-demo' });
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('jwt-1');
    await expect(authProvider.getIdentity!()).resolves.toMatchObject({
      id: 'u1',
      fullName: '王伟 Wang Wei',
    });
    await expect(authProvider.getPermissions!({})).resolves.toEqual(['SALES']);
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
  });

  it('says why sign-in failed in the app language, from the reason the server sends', async () => {
    vi.stubGlobal(
      'fetch',
      respond({
        errors: [
          {
            message: 'Wrong email or password',
            extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' },
          },
        ],
      }),
    );
    await expect(authProvider.login({ username: 'x@y.z', password: 'nope' })).rejects.toThrow(
      'Wrong email or password',
    );
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('logs out by ending the session on the server with its token, then forgetting it', async () => {
    const fetchMock = respond({ data: { signOut: true } });
    vi.stubGlobal('fetch', fetchMock);
    sessionStorage.setItem(TOKEN_KEY, 't');
    sessionStorage.setItem(USER_KEY, JSON.stringify(SALES));
    await authProvider.logout({});
    const init = fetchMock.mock.calls[0]![1] as RequestInit;
    expect(JSON.parse(init.body as string).query).toContain('signOut');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer t');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
    await expect(authProvider.checkAuth({})).rejects.toThrow();
  });

  it('logs out here even when the server cannot be reached, and asks nothing without a session', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', failing);
    sessionStorage.setItem(TOKEN_KEY, 't');
    await authProvider.logout({});
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
    failing.mockClear();
    await authProvider.logout({});
    expect(failing).not.toHaveBeenCalled();
  });

  it('ends the session on UNAUTHENTICATED and keeps it on other errors', async () => {
    sessionStorage.setItem(TOKEN_KEY, 't');
    await expect(authProvider.checkError(new HttpError('forbidden', 403))).resolves.toBeUndefined();
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('t');
    await expect(authProvider.checkError(new HttpError('expired', 401))).rejects.toThrow();
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('sends a read the role gate refused to the access page, signed in and without a toast', async () => {
    sessionStorage.setItem(TOKEN_KEY, 't');
    const refused = new HttpError('Your role may not call handovers', 403, {
      code: 'FORBIDDEN',
      reason: 'ROLE',
    });
    await expect(authProvider.checkError(refused)).rejects.toEqual({
      logoutUser: false,
      message: false,
      redirectTo: '/access-denied',
    });
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('t');
    // A record-level refusal (not your deal) is the page's to explain.
    const notYours = new HttpError('not yours', 403, { code: 'FORBIDDEN', reason: 'NOT_HOLDER' });
    await expect(authProvider.checkError(notYours)).resolves.toBeUndefined();
  });

  it('ends the session on a GraphQL error coded UNAUTHENTICATED', async () => {
    sessionStorage.setItem(TOKEN_KEY, 't');
    sessionStorage.setItem(USER_KEY, JSON.stringify(SALES));
    const expired = {
      message: 'Session expired',
      graphQLErrors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }],
    };
    await expect(authProvider.checkError(expired)).rejects.toThrow();
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(sessionStorage.getItem(USER_KEY)).toBeNull();
  });

  it('decides access from the shared matrix', async () => {
    sessionStorage.setItem(USER_KEY, JSON.stringify(SALES));
    await expect(authProvider.canAccess!({ resource: 'accounts', action: 'create' })).resolves.toBe(
      true,
    );
    await expect(authProvider.canAccess!({ resource: 'users', action: 'list' })).resolves.toBe(
      false,
    );
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['ADMIN'] }));
    await expect(authProvider.canAccess!({ resource: 'users', action: 'list' })).resolves.toBe(
      true,
    );
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['BI'] }));
    await expect(authProvider.canAccess!({ resource: 'accounts', action: 'edit' })).resolves.toBe(
      false,
    );
  });

  it('lists funnel stages as an admin page and lets only a manager override BANT', async () => {
    sessionStorage.setItem(USER_KEY, JSON.stringify(SALES));
    const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
    await expect(can('funnelStages', 'list')).resolves.toBe(false);
    await expect(can('leads', 'override_bant')).resolves.toBe(false);
    await expect(can('leads', 'create')).resolves.toBe(true);
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['ADMIN'] }));
    await expect(can('funnelStages', 'list')).resolves.toBe(true);
    await expect(can('leads', 'override_bant')).resolves.toBe(false);
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['MANAGER'] }));
    await expect(can('leads', 'override_bant')).resolves.toBe(true);
    await expect(can('salesTargets', 'create')).resolves.toBe(true);
  });

  it('lets the line review any task and acknowledge any feedback; managers decide requests', async () => {
    const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
    sessionStorage.setItem(USER_KEY, JSON.stringify(SALES));
    await expect(can('tasks', 'act')).resolves.toBe(true);
    await expect(can('tasks', 'review_any')).resolves.toBe(false);
    await expect(can('feedbacks', 'acknowledge')).resolves.toBe(true);
    await expect(can('feedbacks', 'acknowledge_any')).resolves.toBe(false);
    await expect(can('resourceRequests', 'decide')).resolves.toBe(false);
    await expect(can('escalationRules', 'list')).resolves.toBe(false);
    await expect(can('handovers', 'list')).resolves.toBe(false);
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['TECHNICAL'] }));
    await expect(can('feedbacks', 'acknowledge')).resolves.toBe(false);
    await expect(can('feedbacks', 'create')).resolves.toBe(true);
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['MANAGER'] }));
    await expect(can('tasks', 'review_any')).resolves.toBe(true);
    await expect(can('feedbacks', 'acknowledge_any')).resolves.toBe(true);
    await expect(can('resourceRequests', 'decide')).resolves.toBe(true);
    await expect(can('handovers', 'create')).resolves.toBe(true);
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['ADMIN'] }));
    await expect(can('escalationRules', 'edit')).resolves.toBe(true);
    await expect(can('internalResources', 'create')).resolves.toBe(true);
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['BI'] }));
    await expect(can('notifications', 'read')).resolves.toBe(false);
  });

  it("starts runs and inserts steps for the account team; shows the chain's amounts to who sees money", async () => {
    const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
    sessionStorage.setItem(USER_KEY, JSON.stringify(SALES));
    await expect(can('processRuns', 'start')).resolves.toBe(true);
    await expect(can('processRuns', 'insert_step')).resolves.toBe(true);
    await expect(can('paymentMilestones', 'set_gates')).resolves.toBe(true);
    await expect(can('amounts', 'show')).resolves.toBe(true);
    for (const role of ['TECHNICAL', 'DELIVERY']) {
      sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: [role] }));
      await expect(can('processRuns', 'insert_step')).resolves.toBe(true);
      await expect(can('paymentMilestones', 'set_gates')).resolves.toBe(false);
      await expect(can('amounts', 'show')).resolves.toBe(false);
    }
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['BI'] }));
    await expect(can('processRuns', 'start')).resolves.toBe(false);
    await expect(can('amounts', 'show')).resolves.toBe(true);
  });

  it('draws and removes influence edges on the org chart for whoever may call the mutations', async () => {
    const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
    for (const role of ['SALES', 'TECHNICAL', 'DELIVERY', 'FINANCE', 'MANAGER', 'ADMIN']) {
      sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: [role] }));
      await expect(can('influences', 'add')).resolves.toBe(true);
      await expect(can('influences', 'remove')).resolves.toBe(true);
    }
    sessionStorage.setItem(USER_KEY, JSON.stringify({ ...SALES, roles: ['BI'] }));
    await expect(can('influences', 'add')).resolves.toBe(false);
    await expect(can('influences', 'remove')).resolves.toBe(false);
  });
});
