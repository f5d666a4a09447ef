/** Exact money: a decimal string with at most two decimals as integer cents. */
export function toCents(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export interface AcceptedPayment {
  paymentId: string;
  milestoneId: string;
  cents: bigint;
}

/**
 * What the clients saw succeed, to be compared with the database afterwards: every
 * accepted mutation by audit action, and per object the moves, transitions and payments.
 */
export class Ledger {
  /** Successful mutations by the audit action they must have written. */
  readonly actions = new Map<string, number>();
  /** Successful stage moves per deal. */
  readonly moves = new Map<string, number>();
  /** Successful transitions per task (created ones included, with their creation). */
  readonly taskChanges = new Map<string, number>();
  readonly tasksCreated = new Set<string>();
  /** The newest state a client was answered per task. */
  readonly taskLast = new Map<string, { version: number; status: string }>();
  readonly activities = new Set<string>();
  readonly feedbackReported = new Set<string>();
  readonly feedbackAcknowledged = new Map<string, number>();
  /** Accepted payments by idempotency key: a retried key is one payment. */
  readonly payments = new Map<string, AcceptedPayment>();
  /** Answers to retried keys, and how many named another payment than the first answer. */
  replays = 0;
  replayMismatches = 0;
  /** Double submits (two identical sends at once) where one booked and the other was refused. */
  doubleSubmitsSplit = 0;
  /** A key reused with another amount must be refused; each acceptance is a violation. */
  keyReuseAccepted = 0;

  count(action: string): void {
    this.actions.set(action, (this.actions.get(action) ?? 0) + 1);
  }

  bump(map: Map<string, number>, id: string): void {
    map.set(id, (map.get(id) ?? 0) + 1);
  }

  mutations(): number {
    let total = 0;
    for (const n of this.actions.values()) total += n;
    return total;
  }

  task(id: string, version: number, status: string): void {
    const last = this.taskLast.get(id);
    if (!last || version > last.version) this.taskLast.set(id, { version, status });
  }

  /**
   * An accepted recordPayment answer: the first for its key books the payment, a later one
   * (retry, double submit) must name the same payment. Returns false on a mismatch.
   */
  payment(key: string, accepted: AcceptedPayment): boolean {
    const first = this.payments.get(key);
    if (!first) {
      this.payments.set(key, accepted);
      this.count('payment.record');
      return true;
    }
    this.replays += 1;
    if (first.paymentId !== accepted.paymentId || first.cents !== accepted.cents) {
      this.replayMismatches += 1;
      return false;
    }
    return true;
  }

  paidPerMilestone(): Map<string, bigint> {
    const sums = new Map<string, bigint>();
    for (const p of this.payments.values()) {
      sums.set(p.milestoneId, (sums.get(p.milestoneId) ?? 0n) + p.cents);
    }
    return sums;
  }
}
