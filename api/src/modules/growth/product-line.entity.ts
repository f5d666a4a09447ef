import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One of our product lines (seed 002: decide what to sell to each customer). ADMIN keeps the
 * list; a deal sells a line when one of its products names it (code, Chinese or English
 * name), which is how whitespace finds what each customer already has.
 */
@ObjectType()
@Entity()
@Index('product_line_code_key', ['code'], { unique: true })
export class ProductLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable key, e.g. PRIVATE_5G' })
  @Column('text')
  code: string;

  @Field()
  @Column('text')
  nameZh: string;

  @Field()
  @Column('text')
  nameEn: string;

  @Field(() => Int, { description: 'Order of the rows of the whitespace grid' })
  @Column('int')
  position: number;

  @Field({ description: 'Inactive lines leave the grid; deals keep their products' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}
