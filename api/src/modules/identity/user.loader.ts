import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import { User } from './user.entity';

/** Users are a directory every role may read, so one loader serves all callers. */
export function createUserLoader(db: DataSource) {
  return new DataLoader<string, User | null>(async (ids) => {
    const users = await db.getRepository(User).findBy({ id: In(ids.filter(isUuid)) });
    const byId = new Map(users.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
