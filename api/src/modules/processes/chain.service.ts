import { forecastRun, isStepOpen, type RunForecast } from '@trident/domain';
import type { Caller } from '../../graphql/caller';
import type { DealChain } from './chain.types';
import type { ProcessRun, ProcessRunStep } from './process-run.entity';

const DAY = 86_400_000;

/** The runs whose finish decides whether a deal can close on time. */
const CLOSING_KINDS = new Set(['DECISION', 'PROCUREMENT']);

/**
 * Reads a chain against time: a run's forecast from its steps (expected and observed), a
 * step's lateness, a deal's chain across its runs. Everything through the request's
 * loaders: one statement per relation, whatever the number of deals on a page.
 */
export class ProcessChainService {
  async forecast(ctx: Caller, run: ProcessRun, now = new Date()): Promise<RunForecast> {
    const steps = await ctx.loaders.processes.stepsByRunId.load(run.id);
    return forecastRun(run.startedAt, steps, now);
  }

  /** Whole days an open step is past its expected finish (0 when on time or finished). */
  daysLate(step: ProcessRunStep, now = new Date()): number {
    if (!isStepOpen(step.status) || !step.expectedFinish) return 0;
    return Math.max(0, Math.floor((now.getTime() - step.expectedFinish.getTime()) / DAY));
  }

  async dealChain(
    ctx: Caller,
    dealId: string,
    expectedCloseDate: string | null,
  ): Promise<DealChain> {
    const now = new Date();
    const runs = await ctx.loaders.processes.runsBySubjectId.load(dealId);
    const running = runs.filter((run) => run.status === 'RUNNING');
    let currentStep: ProcessRunStep | null = null;
    let daysLate = 0;
    let forecastFinish: Date | null = null;
    let gaps = 0;
    for (const run of running) {
      const steps = await ctx.loaders.processes.stepsByRunId.load(run.id);
      const open = steps.filter((step) => isStepOpen(step.status));
      for (const step of open) {
        daysLate = Math.max(daysLate, this.daysLate(step, now));
        if (
          !currentStep ||
          (step.expectedFinish?.getTime() ?? Infinity) <
            (currentStep.expectedFinish?.getTime() ?? Infinity)
        )
          currentStep = step;
      }
      const carried = await ctx.loaders.processes.carryByStepId.loadMany(open.map((s) => s.id));
      gaps += carried.filter((c) => !(c instanceof Error) && c.gaps.length > 0).length;
      const template = await ctx.loaders.processes.templateById.load(run.templateId);
      if (template && CLOSING_KINDS.has(template.kind)) {
        const finish = forecastRun(run.startedAt, steps, now).finish;
        if (finish && (!forecastFinish || finish > forecastFinish)) forecastFinish = finish;
      }
    }
    const close = expectedCloseDate ? new Date(`${expectedCloseDate}T23:59:59.999Z`) : null;
    return {
      runs,
      currentStep,
      daysLate,
      forecastFinish,
      closeAtRisk: !!(close && forecastFinish && forecastFinish > close),
      gaps,
    };
  }
}
