import { randomUUID } from 'node:crypto';
import {
  REQUIRED_EVIDENCE,
  STANDARD_SHARES,
  type ContractKind,
  type MilestoneKind,
} from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { fromCents, toCents } from '../common/decimal';
import {
  Contract,
  EvidenceItem,
  Payment,
  PaymentMilestone,
} from '../modules/collections/contract.entity';
import { Renewal } from '../modules/success/renewal.entity';
import { random } from './random';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const SITES = ['天河机房 Tianhe', '南山机房 Nanshan', '福田机房 Futian', '番禺机房 Panyu'];

/**
 * Contracts for the won demo deals: the four standard milestones (or one per site), paid,
 * partly paid, invoiced and overdue, or waiting for evidence; renewals coming up.
 */
export async function seedCollections(manager: EntityManager): Promise<void> {
  const rnd = random(303);
  const won: {
    id: string;
    account_id: string;
    name: string;
    currency: string;
    amount: string;
    closed_at: Date;
    owner_id: string;
  }[] = await manager.query(
    `SELECT o.id, o.account_id, o.name, o.currency, COALESCE(o.contract_amount, o.amount) AS amount, o.closed_at, o.owner_id
         FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
        WHERE s.is_won AND o.closed_at IS NOT NULL ORDER BY o.closed_at LIMIT 40`,
  );
  const [finance] = (await manager.query(
    `SELECT id FROM "user" WHERE email = 'finance@trident.demo'`,
  )) as { id: string }[];
  const now = Date.now();
  const contracts: Partial<Contract>[] = [];
  const milestones: Partial<PaymentMilestone>[] = [];
  const evidence: Partial<EvidenceItem>[] = [];
  const payments: Partial<Payment>[] = [];
  const renewals: Partial<Renewal>[] = [];
  won.forEach((deal, i) => {
    const signed = new Date(deal.closed_at).getTime();
    const perSite = i % 8 === 3;
    const kind: ContractKind = i % 7 === 2 ? 'EXPANSION' : i % 5 === 4 ? 'RENEWAL' : 'NEW';
    const contractId = randomUUID();
    const sites = perSite ? SITES.slice(0, 3) : [SITES[i % SITES.length]!];
    contracts.push({
      id: contractId,
      opportunityId: deal.id,
      accountId: deal.account_id,
      title: deal.name,
      kind,
      amount: deal.amount,
      currency: deal.currency,
      signedAt: iso(signed),
      terms: perSite
        ? '按站点验收付款 Paid per site on acceptance'
        : '30% 预付 / 40% 到货 / 25% 验收 / 5% 质保',
      sites,
      // Services recur year by year; every third new sale is one-off equipment.
      termMonths: kind === 'NEW' && i % 3 === 0 ? null : 12,
      createdById: deal.owner_id,
    });
    const plan: { kind: MilestoneKind; share: string; site: string | null; dueDays: number }[] =
      perSite
        ? [
            { kind: 'PER_SITE', share: '33.33', site: sites[0]!, dueDays: 45 },
            { kind: 'PER_SITE', share: '33.33', site: sites[1]!, dueDays: 75 },
            { kind: 'PER_SITE', share: '33.34', site: sites[2]!, dueDays: 105 },
          ]
        : (Object.entries(STANDARD_SHARES) as [MilestoneKind, string][]).map(([k, share], j) => ({
            kind: k,
            share,
            site: null,
            dueDays: [15, 60, 120, 400][j]!,
          }));
    const total = toCents(deal.amount);
    let assigned = 0n;
    plan.forEach((m, j) => {
      const cents = j === plan.length - 1 ? total - assigned : (total * toCents(m.share)) / 10_000n;
      assigned += cents;
      const id = randomUUID();
      const due = signed + m.dueDays * DAY;
      const pastDue = due < now;
      // Older milestones are mostly collected; some are late, partly paid or missing evidence.
      const roll = rnd.next();
      const stage =
        !pastDue && due - now > 30 * DAY
          ? 'PLANNED'
          : roll < 0.55
            ? 'PAID'
            : roll < 0.7
              ? 'PARTIALLY_PAID'
              : roll < 0.88
                ? 'INVOICED'
                : 'PLANNED';
      const paid = stage === 'PAID' ? cents : stage === 'PARTIALLY_PAID' ? cents / 2n : 0n;
      milestones.push({
        id,
        contractId,
        accountId: deal.account_id,
        position: j + 1,
        kind: m.kind,
        site: m.site,
        share: m.share,
        amount: fromCents(cents),
        paidAmount: fromCents(paid),
        currency: deal.currency,
        due: iso(due),
        stage,
        invoicedAt: stage === 'PLANNED' ? null : new Date(Math.min(due, now) - 10 * DAY),
        paidAt: stage === 'PAID' ? new Date(Math.min(due + 5 * DAY, now)) : null,
      });
      const checkedAll = stage !== 'PLANNED';
      REQUIRED_EVIDENCE[m.kind].forEach((code, k) =>
        evidence.push({
          milestoneId: id,
          code,
          required: true,
          // Planned milestones miss their last piece of evidence: the gate shows.
          checkedAt:
            checkedAll || k < REQUIRED_EVIDENCE[m.kind].length - 1
              ? new Date(Math.min(due, now) - 12 * DAY)
              : null,
          checkedById: finance?.id ?? null,
        }),
      );
      evidence.push({
        milestoneId: id,
        code: 'INVOICE',
        required: false,
        checkedAt: checkedAll ? new Date(Math.min(due, now) - 10 * DAY) : null,
      });
      if (paid > 0n && finance) {
        payments.push({
          milestoneId: id,
          amount: fromCents(paid),
          paidAt: iso(Math.min(due + 5 * DAY, now)),
          reference: `DEMO-${i + 1}-${j + 1}`,
          idempotencyKey: `demo-${id}`,
          requestHash: 'demo',
          recordedById: finance.id,
        });
      }
    });
    if (i % 6 === 0) {
      renewals.push({
        accountId: deal.account_id,
        contractId,
        newNeeds: '扩容与运维服务 Expansion and managed services',
        productFit: '现有平台可平滑扩容 The platform scales as is',
        newProductNeeded: i % 12 === 0 ? '边缘计算 Edge computing' : null,
        amount: percentOf90(deal.amount),
        currency: deal.currency,
        expectedSignDate: iso(now + (15 + (i % 4) * 20) * DAY),
        createdById: deal.owner_id,
      });
    }
  });
  if (!contracts.length) return;
  await manager.insert(Contract, contracts);
  for (let i = 0; i < milestones.length; i += 300)
    await manager.insert(PaymentMilestone, milestones.slice(i, i + 300));
  for (let i = 0; i < evidence.length; i += 500)
    await manager.insert(EvidenceItem, evidence.slice(i, i + 500));
  if (payments.length) await manager.insert(Payment, payments);
  if (renewals.length) await manager.insert(Renewal, renewals);
}

const percentOf90 = (amount: string) => fromCents((toCents(amount) * 90n) / 100n);
