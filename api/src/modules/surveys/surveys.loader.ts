import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import { Survey } from './survey.entity';

/** Surveys by id (configuration: the same for everyone), one statement per request. */
export function createSurveyLoaders(db: DataSource) {
  return {
    surveyById: new DataLoader<string, Survey | null>(async (ids) => {
      const rows = await db
        .getRepository(Survey)
        .createQueryBuilder('s')
        .where('s.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
