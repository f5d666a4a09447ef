import { Account } from '../modules/accounts/account.entity';
import { AccountTeamMember } from '../modules/accounts/account-team-member.entity';
import { ClaimAttempt } from '../modules/accounts/claim-attempt.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiToken } from '../modules/identity/api-token.entity';
import { User } from '../modules/identity/user.entity';

/** Every entity, listed explicitly so ts-jest and the compiled build load the same set. */
export const ENTITIES = [User, ApiToken, AuditEvent, Account, AccountTeamMember, ClaimAttempt];
