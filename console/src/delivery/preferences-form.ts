import {
  DELIVERY_CHANNELS,
  DELIVERY_TOPICS,
  ROBOT_PLATFORMS,
  type DeliveryChannel,
  type DeliveryTopic,
  type RobotPlatform,
} from '@trident/domain';
import type { DeliveryPreferencesInput, MyDeliveryPreferencesQuery } from '../gql/graphql';

type Saved = MyDeliveryPreferencesQuery['myDeliveryPreferences'];

/** The page's working state: a grid of checkboxes and one robot per platform. */
export interface PreferencesForm {
  language: Saved['language'];
  grid: Record<DeliveryTopic, Record<DeliveryChannel, boolean>>;
  escalationMinLevel: number;
  quiet: boolean;
  quietStart: string;
  quietEnd: string;
  timeZone: string;
  robots: Record<RobotPlatform, string>;
}

export function toForm(saved: Saved): PreferencesForm {
  const chosen = new Map(saved.topics.map((t) => [t.topic, new Set(t.channels)]));
  return {
    language: saved.language,
    grid: Object.fromEntries(
      DELIVERY_TOPICS.map((topic) => [
        topic,
        Object.fromEntries(
          DELIVERY_CHANNELS.map((channel) => [channel, !!chosen.get(topic)?.has(channel)]),
        ),
      ]),
    ) as PreferencesForm['grid'],
    escalationMinLevel: saved.escalationMinLevel,
    quiet: saved.quietStart !== null && saved.quietStart !== undefined,
    quietStart: saved.quietStart ?? '22:00',
    quietEnd: saved.quietEnd ?? '08:00',
    timeZone: saved.timeZone,
    robots: Object.fromEntries(
      ROBOT_PLATFORMS.map((platform) => [
        platform,
        saved.robots.find((r) => r.platform === platform)?.id ?? '',
      ]),
    ) as PreferencesForm['robots'],
  };
}

export function toInput(form: PreferencesForm): DeliveryPreferencesInput {
  return {
    language: form.language,
    topics: DELIVERY_TOPICS.map((topic) => ({
      topic,
      channels: DELIVERY_CHANNELS.filter((channel) => form.grid[topic][channel]),
    })),
    escalationMinLevel: form.escalationMinLevel,
    quietStart: form.quiet ? form.quietStart : null,
    quietEnd: form.quiet ? form.quietEnd : null,
    timeZone: form.timeZone,
    robotIds: ROBOT_PLATFORMS.map((platform) => form.robots[platform]).filter(Boolean),
  };
}
