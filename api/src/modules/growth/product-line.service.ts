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
      let line: ProductLine;
      try {
        line = await manager.getRepository(ProductLine).save(
          manager.getRepository(ProductLine).create({
            ...input,
            nameZh: input.nameZh.trim(),
            nameEn: input.nameEn.trim(),
          }),
        );
      } catch (error) {
        if (uniqueViolation(error)) throw badInput('code', 'PRODUCT_LINE_CODE_TAKEN');
        throw error;
      }
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
      let after: ProductLine;
      try {
        after = await updateVersioned(manager, ProductLine, 'ProductLine', id, version, {
          ...input,
          nameZh: input.nameZh.trim(),
          nameEn: input.nameEn.trim(),
        });
      } catch (error) {
        if (uniqueViolation(error)) throw badInput('code', 'PRODUCT_LINE_CODE_TAKEN');
        throw error;
      }
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
