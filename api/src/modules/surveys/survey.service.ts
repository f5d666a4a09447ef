import type { DataSource } from 'typeorm';
import { notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { SurveyInput } from './dtos/surveys.inputs';
import { Survey } from './survey.entity';

/** Satisfaction surveys: kept by ADMIN, read by those who send them (the access matrix says so). */
export class SurveyService {
  constructor(private readonly db: DataSource) {}

  /** Active ones first, then the newest. */
  list(active: boolean | undefined): Promise<Survey[]> {
    return this.db.getRepository(Survey).find({
      where: active === undefined ? {} : { active },
      order: { active: 'DESC', createdAt: 'DESC' },
    });
  }

  async create(ctx: Caller, input: SurveyInput): Promise<Survey> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const repository = manager.getRepository(Survey);
      const survey = await repository.save(repository.create(cleaned(input)));
      await audit({
        action: 'survey.create',
        entity: 'Survey',
        entityId: survey.id,
        after: survey,
      });
      return survey;
    });
  }

  async update(ctx: Caller, id: string, input: SurveyInput, version: number): Promise<Survey> {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await manager
        .getRepository(Survey)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id })
        .getOne();
      if (!before) throw notFound('Survey', id);
      assertVersion('Survey', before, version);
      const after = await updateVersioned(manager, Survey, 'Survey', id, version, cleaned(input));
      await audit({ action: 'survey.update', entity: 'Survey', entityId: id, before, after });
      return after;
    });
  }
}

const blankToNull = (text: string | null | undefined) => text?.trim() || null;

const cleaned = (input: SurveyInput) => ({
  titleZh: input.titleZh.trim(),
  titleEn: input.titleEn.trim(),
  introZh: blankToNull(input.introZh),
  introEn: blankToNull(input.introEn),
  questions: input.questions.map((q) => ({ zh: q.zh.trim(), en: q.en.trim() })),
  npsZh: input.npsZh.trim(),
  npsEn: input.npsEn.trim(),
  active: input.active,
});
