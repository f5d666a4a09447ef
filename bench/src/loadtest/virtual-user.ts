import * as doc from './documents';
import { fromCents, toCents, type Ledger } from './ledger';
import type { Expectation, Outcome, Recorder, Session } from './recorder';
import type { Deal, Persona, World } from './world';

type Step = () => Promise<void>;

const pick = <T>(items: readonly T[]): T | undefined =>
  items.length ? items[Math.floor(Math.random() * items.length)] : undefined;
const chance = (p: number) => Math.random() < p;
const between = (low: number, high: number) => low + Math.floor(Math.random() * (high - low + 1));

/** A lost version race: someone changed the row since this session read it. */
const lostRace: Expectation = (f) => (f.code === 'CONFLICT' ? 'CONFLICT' : null);
/** The milestone was settled by another payer meanwhile: the overpayment is refused. */
const overpaymentRefused: Expectation = (f) =>
  f.code === 'BAD_USER_INPUT' && f.extensions.field === 'amount' && /overpayment/.test(f.message)
    ? 'OVERPAYMENT_REFUSED'
    : null;
const paymentRefusals: Expectation = (f) => lostRace(f) ?? overpaymentRefused(f);

interface Milestone {
  id: string;
  openCents: bigint;
}

interface TaskRow {
  id: string;
  version: number;
  status: string;
}

/**
 * One virtual user: a closed loop of that role's morning — reading its desk and lists,
 * and doing its writes — choosing each step at random by weight. Everything a client
 * saw succeed goes into the ledger for the integrity check.
 */
export class VirtualUser {
  private accounts: string[] = [];
  private readonly deals: Deal[];
  private readonly dealState = new Map<string, { version: number; stageId: string }>();
  private milestones: Milestone[] = [];
  private paymentsSinceRefresh = 0;
  private sequence = 0;
  private readonly steps: [number, Step][];

  constructor(
    readonly index: number,
    readonly persona: Persona,
    private readonly userId: string,
    private readonly session: Session,
    private readonly world: World,
    private readonly ledger: Ledger,
    private readonly recorder: Recorder,
  ) {
    this.deals =
      persona === 'MANAGER'
        ? world.deals
        : persona === 'SALES'
          ? world.deals.filter((d) => d.ownerId === userId)
          : [];
    this.steps = this.weights();
  }

  /** Before the measured window: the accounts this user sees (reads and team writes use them). */
  async prepare(unrecorded: Session): Promise<void> {
    const answer = await unrecorded.call<{ accounts: { nodes: { id: string }[] } }>(
      'accounts (prepare)',
      'read',
      doc.VISIBLE_ACCOUNTS,
    );
    if (!answer.ok) throw new Error(`${this.persona} ${this.index}: ${answer.message}`);
    this.accounts = answer.data.accounts.nodes.map((a) => a.id);
    if (!this.accounts.length) throw new Error(`${this.persona} ${this.index} sees no account`);
  }

  async step(): Promise<void> {
    const total = this.steps.reduce((sum, [w]) => sum + w, 0);
    let roll = Math.random() * total;
    for (const [weight, run] of this.steps) {
      roll -= weight;
      if (roll < 0) return run();
    }
    return this.steps[0]![1]();
  }

  private weights(): [number, Step][] {
    const reads: [number, Step][] = [
      [10, () => this.accountsList()],
      [8, () => this.timeline()],
      [6, () => this.orgChart()],
    ];
    switch (this.persona) {
      case 'SALES':
        return [
          ...reads,
          [8, () => this.desk()],
          [6, () => this.myDeals()],
          [6, () => this.funnel({ ownerIds: [this.userId] })],
          [10, () => this.logActivity()],
          [18, () => this.moveDeal()],
          [7, () => this.createTask()],
          [5, () => this.reviewTasks()],
          [6, () => this.acknowledgeFeedback()],
        ];
      case 'MANAGER':
        return [
          ...reads,
          [10, () => this.desk()],
          [10, () => this.funnel({ teamOf: this.userId })],
          [22, () => this.moveDeal()],
          [10, () => this.acknowledgeFeedback()],
          [4, () => this.reviewTasks()],
        ];
      case 'TECHNICAL':
      case 'DELIVERY':
        return [
          ...reads,
          [10, () => this.desk()],
          [10, () => this.logActivity()],
          [22, () => this.workOnTasks()],
          [10, () => this.reportFeedback()],
        ];
      case 'FINANCE':
      case 'ADMIN':
        return [
          [6, () => this.accountsList()],
          [4, () => this.timeline()],
          [12, () => this.desk()],
          [4, () => this.funnel({})],
          [40, () => this.pay()],
        ];
    }
  }

  private call<T>(
    operation: string,
    kind: 'read' | 'write',
    query: string,
    variables: Record<string, unknown> = {},
    expect?: Expectation,
  ): Promise<Outcome<T>> {
    return this.session.call<T>(operation, kind, query, variables, expect);
  }

  // ——— reads ———

  private async desk() {
    const now = new Date();
    const dayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    const open = ['PROPOSED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REWORK'];
    switch (this.persona) {
      case 'SALES':
        await this.call('dashboard SALES', 'read', doc.SALES_DESK, {
          thin: 0.5,
          escalations: { mine: true, status: 'OPEN' },
        });
        return;
      case 'MANAGER':
        await this.call('dashboard MANAGER', 'read', doc.MANAGER_DESK);
        return;
      case 'TECHNICAL':
        await this.call('dashboard TECHNICAL', 'read', doc.SOLUTION_DESK, {
          deals: { stageIds: this.world.solutionStageIds, open: true, teamMemberId: this.userId },
          solution: { mine: true, kind: 'SOLUTION', statuses: open },
          bid: { mine: true, kind: 'BID', statuses: open },
          trials: { kind: 'TRIAL', from: new Date(dayStart.getTime() - 30 * 86_400_000) },
          gatekeepers: { buyingRole: 'TECHNICAL_GATEKEEPER', status: 'ACTIVE' },
          needs: { kind: 'NEW_NEED' },
        });
        return;
      case 'DELIVERY':
        await this.call('dashboard DELIVERY', 'read', doc.DELIVERY_DESK, {
          contracts: { inDelivery: true },
          milestones: { kinds: ['ON_DELIVERY', 'ON_ACCEPTANCE', 'PER_SITE'], stage: 'PLANNED' },
          tasks: { mine: true, kind: 'DELIVERY', statuses: open },
          negative: { kind: 'NEGATIVE' },
        });
        return;
      case 'FINANCE': {
        const monday = new Date(dayStart.getTime() - ((now.getDay() + 6) % 7) * 86_400_000);
        await this.call('dashboard FINANCE', 'read', doc.FINANCE_DESK, {
          week: { recordedFrom: monday.toISOString() },
          chains: { subjectType: 'CONTRACT', status: 'RUNNING' },
        });
        return;
      }
      case 'ADMIN':
        await this.call('dashboard ADMIN', 'read', doc.ADMIN_DESK, {
          today: { from: dayStart.toISOString() },
        });
        return;
    }
  }

  private async accountsList() {
    const pages = Math.max(1, Math.ceil(this.accounts.length / 25));
    await this.call('accounts list', 'read', doc.ACCOUNTS, { offset: between(0, pages - 1) * 25 });
  }

  private async myDeals() {
    await this.call('my deals', 'read', doc.MY_DEALS, { owner: this.userId });
  }

  private async funnel(filter: Record<string, unknown>) {
    await this.call('funnel', 'read', doc.FUNNEL, { filter });
  }

  private async orgChart() {
    await this.call('orgChart', 'read', doc.ORG_CHART, { accountId: pick(this.accounts) });
  }

  private async timeline() {
    await this.call('timeline', 'read', doc.TIMELINE, { accountId: pick(this.accounts) });
  }

  // ——— deals ———

  private async reloadDeal(id: string) {
    const answer = await this.call<{ opportunity: { version: number; stageId: string } | null }>(
      'opportunity (reload)',
      'read',
      doc.OPPORTUNITY,
      { id },
    );
    if (answer.ok && answer.data.opportunity) this.dealState.set(id, answer.data.opportunity);
  }

  /** Moves a deal to its other stage with the version last read; reloads after a lost race. */
  private async moveDeal() {
    const deal = pick(this.deals);
    if (!deal) return this.myDeals();
    if (!this.dealState.has(deal.id)) await this.reloadDeal(deal.id);
    const state = this.dealState.get(deal.id);
    if (!state) return;
    const target = state.stageId === deal.home ? deal.previous : deal.home;
    const answer = await this.call<{ moveOpportunity: { version: number; stageId: string } }>(
      'moveOpportunity',
      'write',
      doc.MOVE_OPPORTUNITY,
      { id: deal.id, stageId: target, version: state.version },
      lostRace,
    );
    if (answer.ok) {
      this.ledger.count('opportunity.move');
      this.ledger.bump(this.ledger.moves, deal.id);
      this.dealState.set(deal.id, answer.data.moveOpportunity);
    } else if (answer.code === 'CONFLICT') {
      await this.reloadDeal(deal.id);
    }
  }

  // ——— visit log ———

  private async logActivity() {
    const kinds = ['VISIT', 'CALL', 'MEETING', 'DEMO', 'TRIAL', 'RECEPTION', 'DINNER'];
    const answer = await this.call<{ createActivity: { id: string } }>(
      'createActivity',
      'write',
      doc.CREATE_ACTIVITY,
      {
        input: {
          accountId: pick(this.accounts),
          kind: pick(kinds),
          occurredAt: new Date(Date.now() - between(5, 600) * 60_000).toISOString(),
          summary: `Load test ${this.world.runId}: ${this.persona.toLowerCase()} visit ${++this.sequence}`,
          nextSteps: chance(0.5) ? 'Send the revised proposal' : null,
        },
      },
    );
    if (answer.ok) {
      this.ledger.count('activity.create');
      this.ledger.activities.add(answer.data.createActivity.id);
    }
  }

  // ——— the task table ———

  private async createTask() {
    const target = pick(this.world.taskAccounts.get(this.userId) ?? []);
    if (!target) return this.myDeals();
    const answer = await this.call<{ createTask: TaskRow }>(
      'createTask',
      'write',
      doc.CREATE_TASK,
      {
        input: {
          accountId: target.accountId,
          assigneeId: pick(target.assignees),
          kind: chance(0.5) ? 'DELIVERY' : 'GENERAL',
          title: `Load test ${this.world.runId}: task ${++this.sequence}`,
          content: 'Prepare the site survey and the acceptance checklist',
          qualityRequirement: 'Signed by the customer’s project lead',
          expectedResult: 'Checklist agreed',
          due: new Date(Date.now() + between(1, 14) * 86_400_000).toISOString(),
        },
      },
    );
    if (answer.ok) {
      const task = answer.data.createTask;
      this.ledger.count('task.create');
      this.ledger.tasksCreated.add(task.id);
      this.ledger.task(task.id, task.version, task.status);
    }
  }

  private async transition(operation: string, query: string, vars: Record<string, unknown>) {
    const answer = await this.call<Record<string, TaskRow>>(
      operation,
      'write',
      query,
      vars,
      lostRace,
    );
    if (!answer.ok) return;
    const task = Object.values(answer.data)[0]!;
    this.ledger.count(`task.${task.status.toLowerCase()}`);
    this.ledger.bump(this.ledger.taskChanges, task.id);
    this.ledger.task(task.id, task.version, task.status);
  }

  /** The assignee's next step on one of their open tasks: acknowledge, start, submit. */
  private async workOnTasks() {
    const answer = await this.call<{ tasks: { nodes: TaskRow[] } }>(
      'tasks (mine, open)',
      'read',
      doc.MY_OPEN_TASKS,
      { filter: { mine: true, statuses: ['PROPOSED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REWORK'] } },
    );
    const task = answer.ok ? pick(answer.data.tasks.nodes) : undefined;
    if (!task) return;
    const vars = { id: task.id, version: task.version };
    if (task.status === 'PROPOSED')
      await this.transition('acknowledgeTask', doc.TASK_MOVES.acknowledge, vars);
    else if (task.status === 'IN_PROGRESS')
      await this.transition('submitTask', doc.TASK_MOVES.submit, {
        ...vars,
        note: 'Done, see the checklist',
      });
    else await this.transition('startTask', doc.TASK_MOVES.start, vars);
  }

  /** The requester (or the manager) reviews submitted work: mostly accepted, some sent back. */
  private async reviewTasks() {
    const answer = await this.call<{ tasks: { nodes: TaskRow[] } }>(
      'tasks (to review)',
      'read',
      doc.MY_OPEN_TASKS,
      {
        filter: {
          statuses: ['SUBMITTED'],
          ...(this.persona === 'MANAGER' ? {} : { requesterId: this.userId }),
        },
      },
    );
    const task = answer.ok ? pick(answer.data.tasks.nodes) : undefined;
    if (!task) return;
    const input = chance(0.8)
      ? { decision: 'ACCEPT', score: between(60, 100) }
      : { decision: 'REWORK', notes: 'The checklist misses the second site' };
    await this.transition('reviewTask', doc.TASK_MOVES.review, {
      id: task.id,
      version: task.version,
      input,
    });
  }

  // ——— the feedback loop ———

  private async reportFeedback() {
    const roll = Math.random();
    const [kind, severity] =
      roll < 0.4
        ? ['NEW_NEED', 'MINOR']
        : roll < 0.8
          ? ['POSITIVE', 'MINOR']
          : roll < 0.98
            ? ['NEGATIVE', 'MINOR']
            : ['NEGATIVE', 'MAJOR'];
    const answer = await this.call<{ reportFeedback: { id: string } }>(
      'reportFeedback',
      'write',
      doc.REPORT_FEEDBACK,
      {
        input: {
          accountId: pick(this.accounts),
          kind,
          severity,
          text: `Load test ${this.world.runId}: heard at the customer (${++this.sequence})`,
        },
      },
    );
    if (answer.ok) {
      this.ledger.count('feedback.report');
      this.ledger.feedbackReported.add(answer.data.reportFeedback.id);
    }
  }

  /** The AR (and their manager, who races them) acknowledges waiting feedback. */
  private async acknowledgeFeedback() {
    const answer = await this.call<{ feedbacks: { nodes: { id: string }[] } }>(
      'feedbacks (unacknowledged)',
      'read',
      doc.UNACKNOWLEDGED_FEEDBACK,
      { filter: { acknowledged: false, ...(this.persona === 'MANAGER' ? {} : { mine: true }) } },
    );
    const feedback = answer.ok ? pick(answer.data.feedbacks.nodes) : undefined;
    if (!feedback) return;
    const ack = await this.call(
      'acknowledgeFeedback',
      'write',
      doc.ACKNOWLEDGE_FEEDBACK,
      { id: feedback.id },
      lostRace,
    );
    if (ack.ok) {
      this.ledger.count('feedback.acknowledge');
      this.ledger.bump(this.ledger.feedbackAcknowledged, feedback.id);
    }
  }

  // ——— collections ———

  private async refreshMilestones() {
    type Nodes = { nodes: { id: string; open: { amount: string } | null }[] };
    const answer = await this.call<{ invoiced: Nodes; partial: Nodes }>(
      'paymentMilestones (open)',
      'read',
      doc.OPEN_MILESTONES,
    );
    if (!answer.ok) return;
    this.milestones = [...answer.data.invoiced.nodes, ...answer.data.partial.nodes]
      .map((m) => ({ id: m.id, openCents: toCents(m.open?.amount ?? '0') }))
      .filter((m) => m.openCents > 0n);
    this.paymentsSinceRefresh = 0;
  }

  /**
   * Books a payment with a fresh idempotency key: mostly a small amount, sometimes exactly
   * what was open when last read (which races other payers into refused overpayments).
   * Then, at random: the same request again (a retry after a lost answer), the same request
   * twice at once (a double submit), or the key reused for another amount (refused).
   */
  private async pay() {
    if (!this.milestones.length || this.paymentsSinceRefresh >= 10) await this.refreshMilestones();
    const milestone = pick(this.milestones);
    if (!milestone) return;
    this.paymentsSinceRefresh += 1;
    const settle = chance(0.03);
    const small = BigInt(between(100_00, 5_000_00));
    const cents = settle || small > milestone.openCents ? milestone.openCents : small;
    const key = `lt-${this.world.runId}-${this.index}-${++this.sequence}`;
    const vars = {
      milestoneId: milestone.id,
      amount: fromCents(cents),
      paidAt: new Date().toISOString().slice(0, 10),
      reference: `LT-${this.sequence}`,
      key,
    };
    const send = (operation: string) =>
      this.call<{ recordPayment: { id: string; milestoneId: string; amount: string } }>(
        operation,
        'write',
        doc.RECORD_PAYMENT,
        vars,
        paymentRefusals,
      );
    const accept = (answer: Awaited<ReturnType<typeof send>>, operation: string) => {
      if (!answer.ok) return false;
      const p = answer.data.recordPayment;
      const same = this.ledger.payment(key, {
        paymentId: p.id,
        milestoneId: p.milestoneId,
        cents: toCents(p.amount),
      });
      if (!same) this.recorder.violation(operation, `key ${key} answered with another payment`);
      return true;
    };
    const doubleSubmit = chance(0.1);
    const answers = doubleSubmit
      ? await Promise.all([send('recordPayment'), send('recordPayment (retry, same key)')])
      : [await send('recordPayment')];
    const booked = answers.map((a, i) =>
      accept(a, i === 0 ? 'recordPayment' : 'recordPayment (retry, same key)'),
    );
    // Two sends of one request must get one answer: both the same payment, or both refused.
    if (booked.length === 2 && booked[0] !== booked[1]) {
      this.ledger.doubleSubmitsSplit += 1;
      this.recorder.violation(
        'recordPayment (retry, same key)',
        `key ${key}: one of two identical sends booked, the other was refused`,
      );
    }
    if (!booked.some(Boolean)) {
      this.milestones = []; // refused: read the open amounts again
      return;
    }
    milestone.openCents -= cents;
    if (milestone.openCents <= 0n) this.milestones = this.milestones.filter((m) => m !== milestone);
    if (chance(0.2)) {
      accept(await send('recordPayment (retry, same key)'), 'recordPayment (retry, same key)');
    } else if (chance(0.03)) {
      const reuse = await this.call(
        'recordPayment (key reused, other amount)',
        'write',
        doc.RECORD_PAYMENT,
        { ...vars, amount: fromCents(cents + 1n) },
        (f) => (f.code === 'CONFLICT' ? 'KEY_REUSE_REFUSED' : null),
      );
      if (reuse.ok) {
        this.ledger.keyReuseAccepted += 1;
        this.recorder.violation(
          'recordPayment (key reused, other amount)',
          `key ${key} accepted for a second amount`,
        );
      }
    }
  }
}
