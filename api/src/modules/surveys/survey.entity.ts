import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One 1–5 question of a survey, in both languages. */
@ObjectType()
export class SurveyQuestion {
  @Field()
  zh: string;

  @Field()
  en: string;
}

/**
 * A satisfaction survey (issue 20, seed 004): a few questions answered 1–5, the NPS question
 * answered 0–10 (always asked) and an optional free text. ADMIN keeps it; the account team
 * sends it to contacts as links. Nothing in it names a customer: the public page shows it.
 */
@ObjectType()
@Entity()
export class Survey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  titleZh: string;

  @Field()
  @Column('text')
  titleEn: string;

  @Field(() => String, { nullable: true, description: 'Shown above the questions' })
  @Column('text', { nullable: true })
  introZh: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  introEn: string | null;

  @Field(() => [SurveyQuestion], { description: 'Answered 1–5, in this order' })
  @Column('jsonb')
  questions: SurveyQuestion[];

  @Field({ description: 'The NPS question, answered 0–10' })
  @Column('text')
  npsZh: string;

  @Field()
  @Column('text')
  npsEn: string;

  @Field({ description: 'Only active surveys are sent; links already sent keep working' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}
