import { DELIVERY_TOPICS, type DeliveryChannel, type DeliveryTopic } from '@trident/domain';
import { In, type DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { lockAccountForWrite } from '../accounts/account-access';
import { AccountTeamRobot } from './account-team-robot.entity';
import { effectivePreferences, type EffectivePreferences } from './delivery-plan';
import { DeliveryPreference } from './delivery-preference.entity';
import { DeliveryRobot } from './delivery-robot.entity';
import type { AccountTeamRobotInput, DeliveryPreferencesInput } from './dtos/delivery.inputs';

const hhmm = (minutes: number | null) =>
  minutes === null
    ? null
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (time: string | undefined) => {
  if (!time) return null;
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** What the API answers for preferences (times as HH:MM). */
export type PreferencesView = Omit<EffectivePreferences, 'quietStart' | 'quietEnd' | 'topics'> & {
  topics: { topic: DeliveryTopic; channels: DeliveryChannel[] }[];
  quietStart: string | null;
  quietEnd: string | null;
};

/** Each person's own preferences, and an account team's robot. */
export class DeliveryPreferenceService {
  constructor(private readonly db: DataSource) {}

  async mine(caller: Caller): Promise<PreferencesView> {
    const stored = await this.db
      .getRepository(DeliveryPreference)
      .findOneBy({ userId: caller.viewer.userId });
    return view(effectivePreferences(stored));
  }

  async setMine(caller: Caller, input: DeliveryPreferencesInput): Promise<PreferencesView> {
    if (!validTimeZone(input.timeZone)) throw badInput('timeZone', 'NOT_A_TIME_ZONE');
    const quietStart = minutesOf(input.quietStart);
    const quietEnd = minutesOf(input.quietEnd);
    if ((quietStart === null) !== (quietEnd === null))
      throw badInput(quietStart === null ? 'quietStart' : 'quietEnd', 'QUIET_HOURS_BOTH_ENDS');
    const topics = Object.fromEntries(
      DELIVERY_TOPICS.map((t) => [t, [] as DeliveryChannel[]]),
    ) as Record<DeliveryTopic, DeliveryChannel[]>;
    for (const entry of input.topics) topics[entry.topic] = [...new Set(entry.channels)];
    return runMutation(caller, async ({ manager, audit }) => {
      const robotIds = [...new Set(input.robotIds)];
      const robots = robotIds.length
        ? await manager.getRepository(DeliveryRobot).findBy({ id: In(robotIds), active: true })
        : [];
      if (robots.length !== robotIds.length) throw badInput('robotIds', 'ROBOT_NOT_ACTIVE');
      if (new Set(robots.map((r) => r.platform)).size !== robots.length)
        throw badInput('robotIds', 'ONE_ROBOT_PER_PLATFORM');
      const repository = manager.getRepository(DeliveryPreference);
      const before = await repository.findOneBy({ userId: caller.viewer.userId });
      const after = repository.create({
        userId: caller.viewer.userId,
        language: input.language,
        topics,
        escalationMinLevel: input.escalationMinLevel,
        quietStart,
        quietEnd,
        timeZone: input.timeZone,
        robotIds,
        updatedAt: new Date(),
      });
      await repository.save(after);
      await audit({
        action: 'deliveryPreference.set',
        entity: 'DeliveryPreference',
        entityId: caller.viewer.userId,
        before,
        after,
      });
      return view(effectivePreferences(after));
    });
  }

  async setTeamRobot(caller: Caller, accountId: string, input: AccountTeamRobotInput) {
    requireUuid('accountId', accountId);
    return runMutation(caller, async ({ manager, audit }) => {
      await lockAccountForWrite(caller, manager, accountId);
      const robot = await manager.getRepository(DeliveryRobot).findOneBy({ id: input.robotId });
      if (!robot?.active) throw badInput('robotId', 'NOT_ACTIVE_ROBOT');
      const repository = manager.getRepository(AccountTeamRobot);
      const before = await repository.findOneBy({ accountId });
      const after = repository.create({
        accountId,
        robotId: input.robotId,
        minLevel: input.minLevel,
        language: input.language,
        // A new robot hears of what happens from now on, not of the account's history.
        since: before?.robotId === input.robotId ? before.since : new Date(),
      });
      await repository.save(after);
      await audit({
        action: 'accountTeamRobot.set',
        entity: 'AccountTeamRobot',
        entityId: accountId,
        before,
        after,
      });
      return after;
    });
  }

  async removeTeamRobot(caller: Caller, accountId: string): Promise<boolean> {
    requireUuid('accountId', accountId);
    return runMutation(caller, async ({ manager, audit }) => {
      await lockAccountForWrite(caller, manager, accountId);
      const before = await manager.getRepository(AccountTeamRobot).findOneBy({ accountId });
      if (!before) throw notFound('AccountTeamRobot', accountId);
      await manager.getRepository(AccountTeamRobot).delete({ accountId });
      await audit({
        action: 'accountTeamRobot.remove',
        entity: 'AccountTeamRobot',
        entityId: accountId,
        before,
      });
      return true;
    });
  }
}

function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function view(preferences: EffectivePreferences): PreferencesView {
  return {
    ...preferences,
    topics: DELIVERY_TOPICS.map((topic) => ({ topic, channels: preferences.topics[topic] ?? [] })),
    quietStart: hhmm(preferences.quietStart),
    quietEnd: hhmm(preferences.quietEnd),
  };
}
