import { canAccessResource, canRun, canSeeField, canSeeMoney, OPERATIONS } from './access-matrix';
import { ROLES } from './enums';

describe('access matrix', () => {
  it('refuses an operation that has no entry', () => {
    expect(canRun(['ADMIN'], 'Mutation.dropEverything')).toBe(false);
  });

  it('lets anyone call a public operation', () => {
    expect(canRun([], 'Mutation.login')).toBe(true);
  });

  it('never grants a mutation to the BI role', () => {
    for (const operation of Object.keys(OPERATIONS)) {
      // Signing in and out change no data: only the caller's own session.
      if (
        operation.startsWith('Mutation.') &&
        !['Mutation.login', 'Mutation.signOut'].includes(operation)
      ) {
        expect([operation, canRun(['BI'], operation)]).toEqual([operation, false]);
      }
    }
  });

  it('grants an operation when any one of several roles has it', () => {
    expect(canRun(['TECHNICAL'], 'Mutation.claimAccount')).toBe(false);
    expect(canRun(['TECHNICAL', 'SALES'], 'Mutation.claimAccount')).toBe(true);
  });

  it('hides money only when every role of the caller is restricted', () => {
    expect(canSeeMoney(['TECHNICAL'])).toBe(false);
    expect(canSeeMoney(['DELIVERY', 'TECHNICAL'])).toBe(false);
    expect(canSeeMoney(['TECHNICAL', 'SALES'])).toBe(true);
    expect(canSeeMoney(['BI'])).toBe(true);
    expect(canSeeField(['TECHNICAL'], 'Account.name')).toBe(true);
  });

  it('keeps private contact notes to the account manager line', () => {
    expect(canSeeField(['SALES'], 'Contact.notes')).toBe(true);
    expect(canSeeField(['MANAGER'], 'Contact.notes')).toBe(true);
    for (const role of ['TECHNICAL', 'DELIVERY', 'FINANCE', 'BI'] as const) {
      expect([role, canSeeField([role], 'Contact.notes')]).toEqual([role, false]);
    }
  });

  it('shows the users admin page to ADMIN only', () => {
    const allowed = ROLES.filter((role) => canAccessResource([role], 'users', 'list'));
    expect(allowed).toEqual(['ADMIN']);
    expect(canAccessResource(['SALES'], 'accounts', 'create')).toBe(true);
    expect(canAccessResource(['SALES'], 'accounts', 'delete')).toBe(false);
    expect(canAccessResource(['SALES'], 'nothing', 'list')).toBe(false);
  });
});
