import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, uniqueViolation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { ProductLineInput } from './dtos/growth.inputs';
import { ProductLine } from './product-line.entity';

/** Our product lines: read by everyone, kept by ADMIN (the access matrix says so). */
export class ProductLineService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<ProductLine[]> {
    return this.db.getRepository(ProductLine).find({ order: { position: 'ASC', code: 'ASC' } });
  }

  async create(ctx: Caller, input: ProductLineInput): Promise<ProductLine> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const repository = manager.getRepository(ProductLine);
      const line = await codeOnce(() => repository.save(repository.create(cleaned(input))));
      await audit({
        action: 'productLine.create',
        entity: 'ProductLine',
        entityId: line.id,
        after: line,
      });
      return line;
    });
  }

  async update(
    ctx: Caller,
    id: string,
    input: ProductLineInput,
    version: number,
  ): Promise<ProductLine> {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await manager
        .getRepository(ProductLine)
        .createQueryBuilder('l')
        .setLock('pessimistic_write')
        .where('l.id = :id', { id })
        .getOne();
      if (!before) throw notFound('ProductLine', id);
      assertVersion('ProductLine', before, version);
      const after = await codeOnce(() =>
        updateVersioned(manager, ProductLine, 'ProductLine', id, version, cleaned(input)),
      );
      await audit({
        action: 'productLine.update',
        entity: 'ProductLine',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }
}

const cleaned = (input: ProductLineInput) => ({
  ...input,
  nameZh: input.nameZh.trim(),
  nameEn: input.nameEn.trim(),
});

/** A code is unique (an index decides, also between two admins at once): say which field. */
async function codeOnce<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (uniqueViolation(error)) throw badInput('code', 'PRODUCT_LINE_CODE_TAKEN');
    throw error;
  }
}
