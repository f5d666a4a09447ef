import type { ClaimMatch } from '@trident/domain';
import { matrixQuadrant } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, conflict } from '../../common/app-error';
import { runMutation } from '../../db/mutation';
import { seeAllAccountsInTransaction } from '../../db/row-security';
import type { Caller } from '../../graphql/caller';
import { Account } from './account.entity';
import { AccountTeamMember } from './account-team-member.entity';
import { refuseHierarchyCycle } from './account.service';
import { ClaimAttempt } from './claim-attempt.entity';
import type { ClaimAccountInput } from './dtos/account.inputs';
import { accountNameKey } from './normalize-account-name';
import { normalizeRegistrationNo } from './normalize-registration-no';

interface Winner {
  accountId: string;
  matchedOn: ClaimMatch;
  claimedById: string;
  registeredAt: Date;
  ownerId: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
}

/**
 * Ownership arbitration (seed 001): the first registration of a customer wins. The
 * database decides — the unique indexes on registration number and normalized name with
 * INSERT … ON CONFLICT DO NOTHING — so simultaneous claims cannot both win. A losing
 * claim is kept as a ClaimAttempt, the evidence for a later dispute.
 */
export class ClaimAccountService {
  constructor(private readonly db: DataSource) {}

  async claim(ctx: Caller, input: ClaimAccountInput): Promise<Account> {
    const name = input.name.trim();
    const normalizedName = accountNameKey(name);
    const registrationNo = normalizeRegistrationNo(input.registrationNo ?? null);

    const lost = await runMutation(ctx, async ({ manager, audit }) => {
      if (input.parentId) await refuseHierarchyCycle(manager, null, input.parentId);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Account)
        .values({
          name,
          normalizedName,
          registrationNo,
          industry: input.industry?.trim() || null,
          region: input.region?.trim() || null,
          tier: input.tier,
          parentId: input.parentId ?? null,
          purchaseMode: input.purchaseMode ?? null,
          lifecycleStage: input.lifecycleStage ?? null,
          potential: {
            amount: input.potential?.amount ?? (null as unknown as string),
            currency: input.potential?.currency ?? (null as unknown as string),
          },
          relationshipLevel: input.relationshipLevel ?? null,
          serviceStage: input.serviceStage ?? null,
          quadrant: matrixQuadrant(input.potential?.amount, input.relationshipLevel),
          drivers: input.drivers ?? [],
          claimedById: ctx.viewer.userId,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;

      if (!id) {
        // Someone registered this customer first: keep the evidence, then refuse. The
        // winner's account is outside the loser's scope by nature, and named on purpose.
        await seeAllAccountsInTransaction(manager);
        const winner = await findWinner(manager, registrationNo, normalizedName);
        await manager.insert(ClaimAttempt, {
          accountId: winner.accountId,
          claimerId: ctx.viewer.userId,
          winnerId: winner.claimedById,
          matchedOn: winner.matchedOn,
          claimedName: name,
          claimedRegistrationNo: registrationNo,
        });
        return winner;
      }

      await manager.insert(AccountTeamMember, {
        accountId: id,
        userId: ctx.viewer.userId,
        teamRole: 'AR',
      });
      const account = await manager.getRepository(Account).findOneByOrFail({ id });
      await audit({ action: 'account.claim', entity: 'Account', entityId: id, after: account });
      return account;
    });

    if (lost instanceof Account) return lost;
    throw lostClaim(lost);
  }
}

async function findWinner(
  manager: EntityManager,
  registrationNo: string | null,
  normalizedName: string,
): Promise<Winner> {
  const rows: {
    account_id: string;
    matched_on: ClaimMatch;
    claimed_by_id: string;
    registered_at: Date;
    owner_id: string | null;
    owner_name: string | null;
    owner_email: string | null;
  }[] = await manager.query(
    `SELECT a.id AS account_id,
            CASE WHEN a.registration_no = $1 THEN 'REGISTRATION_NO' ELSE 'NORMALIZED_NAME' END AS matched_on,
            a.claimed_by_id, a.created_at AS registered_at,
            u.id AS owner_id, u.name AS owner_name, u.email AS owner_email
       FROM account a
       LEFT JOIN account_team_member m ON m.account_id = a.id AND m.team_role = 'AR'
       LEFT JOIN "user" u ON u.id = m.user_id
      WHERE a.registration_no = $1 OR a.normalized_name = $2
      ORDER BY (a.registration_no = $1) DESC NULLS LAST
      LIMIT 1`,
    [registrationNo, normalizedName],
  );
  const row = rows[0];
  // The conflicting row was committed before ON CONFLICT gave way, so it is visible now.
  if (!row) throw new AppError('INTERNAL_SERVER_ERROR', 'Claim conflicted but no winner was found');
  return {
    accountId: row.account_id,
    matchedOn: row.matched_on,
    claimedById: row.claimed_by_id,
    registeredAt: new Date(row.registered_at),
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    ownerEmail: row.owner_email,
  };
}

function lostClaim(winner: Winner) {
  const field = winner.matchedOn === 'REGISTRATION_NO' ? 'registrationNo' : 'name';
  return conflict('ALREADY_REGISTERED', {
    owner: winner.ownerName ? `${winner.ownerName} (${winner.ownerEmail})` : 'another user',
    field,
    matchedOn: winner.matchedOn,
    ownerId: winner.ownerId,
    ownerName: winner.ownerName,
    registeredAt: winner.registeredAt.toISOString(),
  });
}
