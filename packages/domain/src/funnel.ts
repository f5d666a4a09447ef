import type { FunnelWeakness, StageCriterion } from './enums';

/**
 * Seed 001: "few 0 % customers: the salesperson is lazy, not even leafing through the
 * yellow pages; few 25 %: the lead sources are bad; few 50 %: communication skills are
 * missing; few 75 %: they do not know our products; few 100 %: they lack negotiation on
 * the key questions — all fixed by targeted training."
 */
export const FUNNEL_WEAKNESS_READING: Record<
  FunnelWeakness,
  { reading: { en: string; zh: string }; training: { en: string; zh: string } }
> = {
  PROSPECTING: {
    reading: { en: 'Not prospecting enough', zh: '开拓不足：0% 客户太少' },
    training: {
      en: 'Prospecting routine: weekly target list and call block',
      zh: '客户开拓训练：每周目标客户名单与电话时段',
    },
  },
  LEAD_SOURCES: {
    reading: { en: 'Bad lead sources', zh: '客户来源有问题：25% 客户太少' },
    training: {
      en: 'Lead qualification and sourcing from referrals and partners',
      zh: '线索来源与甄别：转介绍与伙伴渠道',
    },
  },
  DISCOVERY: {
    reading: { en: 'Needs discovery skills', zh: '缺少沟通与需求挖掘技能：50% 客户太少' },
    training: {
      en: 'SPIN questioning and finding the decision maker',
      zh: 'SPIN 提问与关键人识别训练',
    },
  },
  PRODUCT_KNOWLEDGE: {
    reading: { en: 'Product knowledge', zh: '对公司产品不了解：75% 客户太少' },
    training: {
      en: 'Product and solution workshop with the solution team (SR)',
      zh: '产品与解决方案培训（与 SR 共同）',
    },
  },
  NEGOTIATION: {
    reading: {
      en: 'Negotiation on the key questions',
      zh: '缺少关键问题的谈判能力：100% 客户太少',
    },
    training: {
      en: 'Negotiation and closing: price, terms, signing',
      zh: '商务谈判与签约训练：价格、条款、签约',
    },
  },
};

/** Below this share of the team median a step is called weak. */
export const WEAK_STEP_THRESHOLD = 0.7;
/** Fewer deals than this at the step's start and the ratio is not read. */
export const MIN_DEALS_FOR_DIAGNOSIS = 4;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The stages where the solution side carries the deal: finding the need with the decision
 * makers and matching the solution (seed 001). Read from each stage's entry criteria, so a
 * renamed or added stage keeps its place on the SR's dashboard.
 */
export function solutionStageIds(
  stages: readonly {
    id: string;
    isWon: boolean;
    isLost: boolean;
    entryCriteria: readonly StageCriterion[];
  }[],
): string[] {
  return stages
    .filter(
      (s) =>
        !s.isWon &&
        !s.isLost &&
        s.entryCriteria.some((c) => c === 'DECISION_MAKER' || c === 'SOLUTION_WORK'),
    )
    .map((s) => s.id);
}
