import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import { AccountTeamRobot } from './account-team-robot.entity';
import { DeliveryRobot, type RobotChoice } from './delivery-robot.entity';

/**
 * Robots by id (name and platform only) and team robots by account. Team robots are read
 * only under an account the caller already sees (the Account field resolver).
 */
export function createDeliveryLoaders(db: DataSource) {
  return {
    robotById: new DataLoader<string, RobotChoice | null>(async (keys) => {
      const rows = await db.getRepository(DeliveryRobot).find({
        select: { id: true, name: true, platform: true },
        where: { id: In(keys.filter(isUuid)) },
      });
      const map = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => map.get(key) ?? null);
    }),
    teamRobotByAccountId: new DataLoader<string, AccountTeamRobot | null>(async (keys) => {
      const rows = await db
        .getRepository(AccountTeamRobot)
        .findBy({ accountId: In(keys.filter(isUuid)) });
      const map = new Map(rows.map((row) => [row.accountId, row]));
      return keys.map((key) => map.get(key) ?? null);
    }),
  };
}
