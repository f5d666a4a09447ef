import type { DataSource } from 'typeorm';
import { badInput, conflict } from '../../common/app-error';
import { runMutation, uniqueViolation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { Contact } from './contact.entity';
import { lockAccountRow } from './customer-org.access';
import type { AddInfluenceInput } from './dtos/customer-org.inputs';
import { Influence } from './influence.entity';

export class InfluenceService {
  constructor(private readonly db: DataSource) {}

  async add(ctx: Caller, input: AddInfluenceInput): Promise<Influence> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const from = await lockAccountRow(
        ctx,
        manager,
        Contact,
        'Contact',
        input.fromContactId,
        'fromContactId',
      );
      const to = await manager.getRepository(Contact).findOneBy({ id: input.toContactId });
      if (!to || to.accountId !== from.accountId) throw badInput('toContactId', 'NO_SUCH_CONTACT');
      if (to.id === from.id) throw badInput('toContactId', 'CONTACT_INFLUENCES_SELF');
      let edge: Influence;
      try {
        edge = await manager.getRepository(Influence).save(
          manager.getRepository(Influence).create({
            accountId: from.accountId,
            fromContactId: from.id,
            toContactId: to.id,
            strength: input.strength,
            note: input.note?.trim() || null,
          }),
        );
      } catch (error) {
        if (uniqueViolation(error))
          throw conflict('INFLUENCE_EXISTS', {
            field: 'toContactId',
            from: from.name,
            to: to.name,
          });
        throw error;
      }
      await audit({ action: 'influence.add', entity: 'Influence', entityId: edge.id, after: edge });
      return edge;
    });
  }

  async remove(ctx: Caller, id: string): Promise<string> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const edge = await lockAccountRow(ctx, manager, Influence, 'Influence', id);
      await manager.delete(Influence, { id });
      await audit({ action: 'influence.remove', entity: 'Influence', entityId: id, before: edge });
      return id;
    });
  }
}
