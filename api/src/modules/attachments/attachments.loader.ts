import type { AttachmentOwnerType } from '@trident/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import { Attachment } from './attachment.entity';

/** The files of records already visible to the caller (reached through them), oldest first. */
export function createAttachmentLoaders(db: DataSource) {
  const byOwner = (ownerType: AttachmentOwnerType) =>
    new DataLoader<string, Attachment[]>(async (keys) => {
      const rows = await db
        .getRepository(Attachment)
        .createQueryBuilder('a')
        .where('a.owner_type = :ownerType', { ownerType })
        .andWhere('a.owner_id = ANY(:ids::uuid[])', { ids: keys.filter(isUuid) })
        .andWhere('a.deleted_at IS NULL')
        .orderBy('a.created_at')
        .addOrderBy('a.id')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.ownerId);
    });
  return { byEvidenceItemId: byOwner('EVIDENCE_ITEM'), byTaskId: byOwner('TASK') };
}
