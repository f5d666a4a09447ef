import {
  DEFAULT_ESCALATION_MIN_LEVEL,
  DEFAULT_LANGUAGE,
  DEFAULT_TIME_ZONE,
  DEFAULT_TOPIC_CHANNELS,
  DELIVERY_TOPICS,
  ROBOT_PLATFORMS,
  type DeliveryChannel,
  type DeliveryTopic,
  type Language,
  type RobotPlatform,
  type UserStatus,
} from '@trident/domain';

/** A person's choices as they apply: their stored row, or the defaults. */
export interface EffectivePreferences {
  language: Language;
  topics: Record<DeliveryTopic, DeliveryChannel[]>;
  escalationMinLevel: number;
  quietStart: number | null;
  quietEnd: number | null;
  timeZone: string;
  robotIds: string[];
  isDefault: boolean;
}

export function effectivePreferences(
  stored: Omit<EffectivePreferences, 'isDefault'> | null | undefined,
): EffectivePreferences {
  if (stored) return { ...stored, isDefault: false };
  return {
    language: DEFAULT_LANGUAGE,
    topics: Object.fromEntries(
      DELIVERY_TOPICS.map((topic) => [topic, [...DEFAULT_TOPIC_CHANNELS[topic]]]),
    ) as Record<DeliveryTopic, DeliveryChannel[]>,
    escalationMinLevel: DEFAULT_ESCALATION_MIN_LEVEL,
    quietStart: null,
    quietEnd: null,
    timeZone: DEFAULT_TIME_ZONE,
    robotIds: [],
    isDefault: true,
  };
}

/** Minutes after local midnight of `at` in `timeZone`. */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

/**
 * When quiet hours hold at `now`: the moment they end, else null. The window may wrap
 * midnight (22:00–07:00); every moment of one window gives the same end, so what is held
 * in one night goes out in one digest.
 */
export function quietUntil(
  now: Date,
  quietStart: number | null,
  quietEnd: number | null,
  timeZone: string,
): Date | null {
  if (quietStart === null || quietEnd === null || quietStart === quietEnd) return null;
  const minute = localMinutes(now, timeZone);
  const inside =
    quietStart < quietEnd
      ? minute >= quietStart && minute < quietEnd
      : minute >= quietStart || minute < quietEnd;
  if (!inside) return null;
  const wholeMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  return new Date(wholeMinute + ((quietEnd - minute + 1440) % 1440) * 60_000);
}

export interface RobotState {
  id: string;
  platform: RobotPlatform;
  active: boolean;
}

export interface PlannedChannel {
  channel: DeliveryChannel;
  status: 'PENDING' | 'HELD' | 'SKIPPED';
  reason: string | null;
  robotId: string | null;
  holdUntil: Date | null;
}

/**
 * Which channels one notification goes out on for its person, and why not on the others.
 * Email is always considered (everyone has an address), a robot platform when the person
 * chose it or has a robot of it; each gets a line in the log: PENDING, HELD for quiet hours,
 * or SKIPPED with the reason.
 */
export function planChannels(input: {
  topic: DeliveryTopic;
  /** The escalation's level, for escalations. */
  level: number | null;
  userStatus: UserStatus;
  preferences: EffectivePreferences;
  robots: ReadonlyMap<string, RobotState>;
  now: Date;
}): PlannedChannel[] {
  const { topic, level, preferences, now } = input;
  const chosen = new Set(preferences.topics[topic] ?? []);
  const personal = new Map<RobotPlatform, RobotState>();
  for (const id of preferences.robotIds) {
    const robot = input.robots.get(id);
    if (robot && !personal.has(robot.platform)) personal.set(robot.platform, robot);
  }
  const channels: DeliveryChannel[] = [
    'EMAIL',
    ...ROBOT_PLATFORMS.filter((platform) => chosen.has(platform) || personal.has(platform)),
  ];
  const hold = quietUntil(now, preferences.quietStart, preferences.quietEnd, preferences.timeZone);
  return channels.map((channel) => {
    const robot = channel === 'EMAIL' ? null : (personal.get(channel) ?? null);
    const skip = (reason: string): PlannedChannel => ({
      channel,
      status: 'SKIPPED',
      reason,
      robotId: robot?.id ?? null,
      holdUntil: null,
    });
    if (input.userStatus !== 'ACTIVE') return skip('DEPARTED');
    if (!chosen.has(channel)) return skip('PREFERENCE');
    if (topic === 'ESCALATION' && (level ?? 1) < preferences.escalationMinLevel)
      return skip('PREFERENCE');
    if (channel !== 'EMAIL' && !robot) return skip('NO_ROBOT');
    if (robot && !robot.active) return skip('ROBOT_INACTIVE');
    return hold
      ? {
          channel,
          status: 'HELD',
          reason: 'QUIET_HOURS',
          robotId: robot?.id ?? null,
          holdUntil: hold,
        }
      : { channel, status: 'PENDING', reason: null, robotId: robot?.id ?? null, holdUntil: null };
  });
}

/** The wait before attempt `attempt + 1`: base × 2^(attempt − 1), at most an hour. */
export const retryDelaySeconds = (attempt: number, baseSeconds: number) =>
  Math.min(3600, baseSeconds * 2 ** Math.max(0, attempt - 1));
