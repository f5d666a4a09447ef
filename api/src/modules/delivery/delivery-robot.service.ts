import type { RobotPlatform } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { DeliveryRobot } from './delivery-robot.entity';
import type { CreateDeliveryRobotInput, UpdateDeliveryRobotInput } from './dtos/delivery.inputs';
import { hostOf, webhookProblem } from './robot-platforms';
import { ENV_REFERENCE, type SecretBox } from './secret-box';

/** What is stored for a credential given as a value or as env:NAME. */
interface StoredCredential {
  cipher: string | null;
  env: string | null;
}

/**
 * ADMIN's robots. Addresses and secrets come in, are checked and stored encrypted (or as the
 * name of an environment variable), and never go out: not in an answer, an error message
 * (which names the field, never the value), the audit log (which records only whether one
 * is set) or a log line.
 */
export class DeliveryRobotService {
  constructor(
    private readonly db: DataSource,
    private readonly box: SecretBox,
    private readonly extraHosts: readonly string[],
  ) {}

  list() {
    return this.db.getRepository(DeliveryRobot).find({ order: { name: 'ASC' } });
  }

  /** Active robots, by name and platform only: what a person or a team chooses from. */
  choices() {
    return this.db.getRepository(DeliveryRobot).find({
      select: { id: true, name: true, platform: true },
      where: { active: true },
      order: { name: 'ASC' },
    });
  }

  async create(caller: Caller, input: CreateDeliveryRobotInput): Promise<DeliveryRobot> {
    const webhook = this.webhook(input.platform, input.webhook);
    const secret =
      input.secret === undefined ? { cipher: null, env: null } : this.secret(input.secret);
    return runMutation(caller, async ({ manager, audit }) => {
      const robot = await manager.getRepository(DeliveryRobot).save(
        manager.getRepository(DeliveryRobot).create({
          name: input.name.trim(),
          platform: input.platform,
          webhookCipher: webhook.cipher,
          webhookEnv: webhook.env,
          webhookHost: webhook.host,
          secretCipher: secret.cipher,
          secretEnv: secret.env,
          active: input.active,
        }),
      );
      await audit({
        action: 'deliveryRobot.create',
        entity: 'DeliveryRobot',
        entityId: robot.id,
        after: auditView(robot),
      });
      return robot;
    });
  }

  async update(caller: Caller, id: string, input: UpdateDeliveryRobotInput, version: number) {
    requireUuid('id', id);
    if (input.secret !== undefined && input.removeSecret)
      throw badInput('removeSecret', 'SECRET_OR_REMOVE');
    return runMutation(caller, async ({ manager, audit }) => {
      const before = await manager.getRepository(DeliveryRobot).findOneBy({ id });
      if (!before) throw notFound('DeliveryRobot', id);
      assertVersion('DeliveryRobot', before, version);
      const changes: Partial<DeliveryRobot> = { updatedAt: new Date() };
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.active !== undefined) changes.active = input.active;
      if (input.webhook !== undefined) {
        const webhook = this.webhook(before.platform, input.webhook);
        Object.assign(changes, {
          webhookCipher: webhook.cipher,
          webhookEnv: webhook.env,
          webhookHost: webhook.host,
        });
      }
      if (input.secret !== undefined) {
        const secret = this.secret(input.secret);
        Object.assign(changes, { secretCipher: secret.cipher, secretEnv: secret.env });
      }
      if (input.removeSecret) Object.assign(changes, { secretCipher: null, secretEnv: null });
      const after = await updateVersioned(
        manager,
        DeliveryRobot,
        'DeliveryRobot',
        id,
        version,
        changes,
      );
      await audit({
        action: 'deliveryRobot.update',
        entity: 'DeliveryRobot',
        entityId: id,
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    });
  }

  private webhook(platform: RobotPlatform, given: string): StoredCredential & { host: string } {
    const value = given.trim();
    const env = ENV_REFERENCE.exec(value)?.[1];
    if (env) return { cipher: null, env, host: `env:${env}` };
    const problem = webhookProblem(platform, value, this.extraHosts);
    if (problem) throw badInput('webhook', 'WEBHOOK_INVALID', { detail: problem });
    return { ...this.sealed('webhook', value), host: hostOf(value) };
  }

  private secret(given: string): StoredCredential {
    const value = given.trim();
    const env = ENV_REFERENCE.exec(value)?.[1];
    return env ? { cipher: null, env } : this.sealed('secret', value);
  }

  private sealed(field: string, value: string): StoredCredential {
    if (!this.box.canSeal) throw badInput(field, 'NO_SECRET_KEY');
    return { cipher: this.box.seal(value), env: null };
  }
}

/** A robot as the audit log keeps it: whether credentials are set, never what they are. */
function auditView(robot: DeliveryRobot) {
  return {
    id: robot.id,
    name: robot.name,
    platform: robot.platform,
    webhookHost: robot.webhookHost,
    webhookEnv: robot.webhookEnv,
    secretEnv: robot.secretEnv,
    webhookStored: robot.webhookCipher !== null,
    secretStored: robot.secretCipher !== null,
    active: robot.active,
    version: robot.version,
  };
}
