import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Requests to the public survey page from one client address in one calendar minute. Kept in
 * Postgres (like a BI token's usage) so the limit is the same with one API process or many.
 */
@Entity()
export class SurveyRequestUsage {
  @PrimaryColumn('text')
  client: string;

  @PrimaryColumn({ type: 'timestamptz', precision: 3 })
  minute: Date;

  @Column('int')
  requests: number;
}
