/**
 * What each kind of timeline entry says in one line and which record it opens (issue 20: the
 * whole history of an account). Amounts appear only where the API gave them: solution and
 * delivery read null money, and the line then says no amount at all.
 */
import { TIMELINE_KINDS, type TimelineKind } from '@trident/domain';
import { listUrl } from '../resources/list-url';
import type { TimelineEntry } from './war-room-logic';

export interface EntryLine {
  /** Translation key of the line, and its arguments. */
  key: string;
  args: Record<string, string | number>;
  /** A translated chip before the line (the feedback's kind, the contract's kind…). */
  chip?: string;
  /** An amount to show after the line, only when the caller may see it. */
  money?: { amount: string; currency: string } | null;
}

const line = (key: string, args: EntryLine['args'] = {}, extra: Partial<EntryLine> = {}) => ({
  key: `trident.war_room.timeline_lines.${key}`,
  args,
  ...extra,
});

/** The record an entry opens; null when there is none to open (or the caller may not read it). */
export function entryLink(entry: TimelineEntry, accountId: string): string | null {
  switch (entry.kind) {
    case 'ACTIVITY':
      return entry.activity ? `/activities/${entry.activity.id}/show` : null;
    case 'STAGE_CHANGE':
      return entry.stageChange?.opportunity
        ? `/opportunities/${entry.stageChange.opportunity.id}/show`
        : null;
    case 'CLAIM_ATTEMPT':
      return null;
    case 'FEEDBACK':
      return entry.feedback ? listUrl('feedbacks', { ids: [entry.feedback.id] }) : null;
    case 'TASK_DONE':
      return entry.task ? `/tasks/${entry.task.id}/show` : null;
    case 'PAYMENT':
      return entry.paymentMilestone ? `/contracts/${entry.paymentMilestone.contractId}/show` : null;
    case 'ESCALATION':
      return entry.escalation ? `/escalations/${entry.escalation.id}/show` : null;
    case 'CONTRACT':
      return entry.contract ? `/contracts/${entry.contract.id}/show` : null;
    case 'RISK':
      // The risk register sits on the war room: the link opens the risk there.
      return entry.risk ? `/accounts/${accountId}/war-room?risk=${entry.risk.id}` : null;
  }
}

/**
 * The one-line text of the kinds issue 20 added; visits, stage moves and claims keep their
 * richer bodies. Null when the entry's record is hidden from the caller.
 */
export function entryLine(entry: TimelineEntry): EntryLine | null {
  switch (entry.kind) {
    case 'FEEDBACK': {
      const f = entry.feedback;
      if (!f) return null;
      const chip = { chip: `trident.feedback_kinds.${f.kind}` };
      return f.surveyScore !== null
        ? line('survey', { score: f.surveyScore, text: f.text }, chip)
        : line('feedback', { text: f.text }, chip);
    }
    case 'TASK_DONE': {
      const t = entry.task;
      if (!t) return null;
      return t.reviewScore !== null
        ? line('task_done_scored', { title: t.title, score: t.reviewScore })
        : line('task_done', { title: t.title });
    }
    case 'PAYMENT': {
      const m = entry.paymentMilestone;
      if (!m) return null;
      return line(
        m.site ? 'payment_site' : 'payment',
        { contract: m.contract?.title ?? '', site: m.site ?? '' },
        { chip: `trident.milestone_kinds.${m.kind}`, money: m.paid },
      );
    }
    case 'ESCALATION': {
      const e = entry.escalation;
      if (!e) return null;
      return line('escalation', { level: e.level, summary: e.summary });
    }
    case 'CONTRACT': {
      const c = entry.contract;
      if (!c) return null;
      return line(
        'contract',
        { title: c.title },
        { chip: `trident.contract_kinds.${c.kind}`, money: c.amount },
      );
    }
    case 'RISK': {
      const r = entry.risk;
      if (!r) return null;
      return line(
        'risk',
        { title: r.title, exposure: r.exposure },
        { chip: `trident.risks.sources.${r.source}` },
      );
    }
    default:
      return null;
  }
}

/** Every kind the filter offers, in the API's order. */
export const TIMELINE_FILTER_KINDS: readonly TimelineKind[] = TIMELINE_KINDS;

/** A chip clicked in the filter: on when off, off when on; none on means every kind. */
export function toggleKind(kinds: readonly TimelineKind[], kind: TimelineKind): TimelineKind[] {
  return kinds.includes(kind)
    ? kinds.filter((k) => k !== kind)
    : TIMELINE_FILTER_KINDS.filter((k) => k === kind || kinds.includes(k));
}
